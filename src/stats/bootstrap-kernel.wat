;; The replicates of the pairs bootstrap (bootstrap.ts), as WebAssembly: the resampling and the OLS
;; refit of each replicate, the thousands of times a bootstrap runs them.
;;
;; Why WebAssembly: a build runs the bootstrap once, in a process that has never run it, so V8 would
;; run it as JavaScript almost entirely before optimizing it — every arithmetic result a new heap
;; number (≈ 55 ms of a cold build for 5 000 replicates of n = 89). WebAssembly is compiled to
;; machine code as it loads (≈ 10× faster here).
;;
;; Exactly the same numbers as the JavaScript definition it replaces (test/stats/bootstrap-kernel.test.ts
;; compares every draw, bit for bit): the same xoshiro128** stream (prng.ts; the state words come
;; seeded from JavaScript), the same rejection sampling of row numbers, and the same IEEE-754 double
;; operations in the same order — WebAssembly, like JavaScript, rounds every operation and never
;; fuses a multiply-add; √ is correctly rounded in both.
;;
;; The fit (bootstrap.ts, coefficientSolver): Householder QR of the centred columns without pivoting;
;; a replicate whose remaining column norm is ≤ 1e-7 of the centred column's (R's rank tolerance), or
;; whose coefficients are not finite, cannot be fitted and is left out.
;;
;; Memory (byte offsets passed by the caller, 8-aligned):
;;   y      n f64                  the response
;;   x      k·n f64                the predictors, column after column
;;   rows   n i32                  the resample (row numbers)
;;   work   (k+1)·n + 4k + k² + k+1 f64, from `work` on:
;;            a (k·n, the centred columns, then Householder vectors), z (n, the centred y, then Qᵀy),
;;            means (k), rdiag (k), r (k·k, row j: R's row j), qty (k), slopes (k), coef (k+1)
;;   draws  (k+1)·B f64            draws[j·B + ok] = b*_j of the ok-th fitted replicate
;; Assembled by scripts/wasm.ts (npm run generate:wasm, wabt) into bootstrap-kernel.generated.ts.
(module
  (memory (export "memory") 1)

  (global $s0 (mut i32) (i32.const 0))
  (global $s1 (mut i32) (i32.const 0))
  (global $s2 (mut i32) (i32.const 0))
  (global $s3 (mut i32) (i32.const 0))

  ;; xoshiro128**: the next 32-bit output (prng.ts `next`).
  (func $next (result i32)
    (local $m i32) (local $result i32) (local $t i32)
    (local.set $m (i32.mul (global.get $s1) (i32.const 5)))
    (local.set $result (i32.mul (i32.rotl (local.get $m) (i32.const 7)) (i32.const 9)))
    (local.set $t (i32.shl (global.get $s1) (i32.const 9)))
    (global.set $s2 (i32.xor (global.get $s2) (global.get $s0)))
    (global.set $s3 (i32.xor (global.get $s3) (global.get $s1)))
    (global.set $s1 (i32.xor (global.get $s1) (global.get $s2)))
    (global.set $s0 (i32.xor (global.get $s0) (global.get $s3)))
    (global.set $s2 (i32.xor (global.get $s2) (local.get $t)))
    (global.set $s3 (i32.rotl (global.get $s3) (i32.const 11)))
    (local.get $result))

  ;; The coefficients of the resample `rows` into coef; 1 when fitted, 0 when it cannot be.
  (func $solve (param $n i32) (param $k i32) (param $y i32) (param $x i32) (param $rows i32) (param $work i32) (result i32)
    (local $i i32) (local $j i32) (local $l i32)
    (local $nf f64) (local $ybar f64) (local $m f64) (local $full f64) (local $norm f64) (local $c f64) (local $c2 f64)
    (local $alpha f64) (local $vv f64) (local $d f64) (local $f f64) (local $s f64) (local $b0 f64)
    (local $z i32) (local $means i32) (local $rdiag i32) (local $r i32) (local $qty i32) (local $slopes i32) (local $coef i32)
    (local $xj i32) (local $colj i32) (local $w i32) (local $row i32)
    (local.set $z (i32.add (local.get $work) (i32.shl (i32.mul (local.get $k) (local.get $n)) (i32.const 3))))
    (local.set $means (i32.add (local.get $z) (i32.shl (local.get $n) (i32.const 3))))
    (local.set $rdiag (i32.add (local.get $means) (i32.shl (local.get $k) (i32.const 3))))
    (local.set $r (i32.add (local.get $rdiag) (i32.shl (local.get $k) (i32.const 3))))
    (local.set $qty (i32.add (local.get $r) (i32.shl (i32.mul (local.get $k) (local.get $k)) (i32.const 3))))
    (local.set $slopes (i32.add (local.get $qty) (i32.shl (local.get $k) (i32.const 3))))
    (local.set $coef (i32.add (local.get $slopes) (i32.shl (local.get $k) (i32.const 3))))
    (local.set $nf (f64.convert_i32_s (local.get $n)))

    ;; ybar: the mean of the drawn y, summed in the draw's order; z = y − ybar.
    (local.set $ybar (f64.const 0))
    (local.set $i (i32.const 0))
    (block $done (loop $each
      (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
      (local.set $row (i32.load (i32.add (local.get $rows) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $ybar (f64.add (local.get $ybar) (f64.load (i32.add (local.get $y) (i32.shl (local.get $row) (i32.const 3))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $each)))
    (local.set $ybar (f64.div (local.get $ybar) (local.get $nf)))
    (local.set $i (i32.const 0))
    (block $done (loop $each
      (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
      (local.set $row (i32.load (i32.add (local.get $rows) (i32.shl (local.get $i) (i32.const 2)))))
      (f64.store (i32.add (local.get $z) (i32.shl (local.get $i) (i32.const 3)))
        (f64.sub (f64.load (i32.add (local.get $y) (i32.shl (local.get $row) (i32.const 3)))) (local.get $ybar)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $each)))

    ;; Each predictor: its mean over the draw, and the centred column.
    (local.set $j (i32.const 0))
    (block $cols (loop $col
      (br_if $cols (i32.ge_s (local.get $j) (local.get $k)))
      (local.set $xj (i32.add (local.get $x) (i32.shl (i32.mul (local.get $j) (local.get $n)) (i32.const 3))))
      (local.set $colj (i32.add (local.get $work) (i32.shl (i32.mul (local.get $j) (local.get $n)) (i32.const 3))))
      (local.set $m (f64.const 0))
      (local.set $i (i32.const 0))
      (block $done (loop $each
        (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $row (i32.load (i32.add (local.get $rows) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $m (f64.add (local.get $m) (f64.load (i32.add (local.get $xj) (i32.shl (local.get $row) (i32.const 3))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
      (local.set $m (f64.div (local.get $m) (local.get $nf)))
      (f64.store (i32.add (local.get $means) (i32.shl (local.get $j) (i32.const 3))) (local.get $m))
      (local.set $i (i32.const 0))
      (block $done (loop $each
        (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $row (i32.load (i32.add (local.get $rows) (i32.shl (local.get $i) (i32.const 2)))))
        (f64.store (i32.add (local.get $colj) (i32.shl (local.get $i) (i32.const 3)))
          (f64.sub (f64.load (i32.add (local.get $xj) (i32.shl (local.get $row) (i32.const 3)))) (local.get $m)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br $col)))

    ;; Householder QR, column by column.
    (local.set $j (i32.const 0))
    (block $cols (loop $col
      (br_if $cols (i32.ge_s (local.get $j) (local.get $k)))
      (local.set $colj (i32.add (local.get $work) (i32.shl (i32.mul (local.get $j) (local.get $n)) (i32.const 3))))
      ;; The whole column's sum of squares and the part from row j on, in one pass (two sums).
      (local.set $full (f64.const 0))
      (local.set $i (i32.const 0))
      (block $done (loop $each
        (br_if $done (i32.ge_s (local.get $i) (local.get $j)))
        (local.set $c (f64.load (i32.add (local.get $colj) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $full (f64.add (local.get $full) (f64.mul (local.get $c) (local.get $c))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
      (local.set $norm (f64.const 0))
      (local.set $i (local.get $j))
      (block $done (loop $each
        (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $c (f64.load (i32.add (local.get $colj) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $c2 (f64.mul (local.get $c) (local.get $c)))
        (local.set $full (f64.add (local.get $full) (local.get $c2)))
        (local.set $norm (f64.add (local.get $norm) (local.get $c2)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
      (local.set $norm (f64.sqrt (local.get $norm)))
      (if (i32.eqz (f64.gt (local.get $norm) (f64.mul (f64.const 1e-7) (f64.sqrt (local.get $full))))) (then (return (i32.const 0))))
      (if (f64.eq (local.get $full) (f64.const 0)) (then (return (i32.const 0))))
      ;; v = col[j:] − alpha·e₁, kept in col[j:]; H = I − 2vvᵀ/(vᵀv).
      (local.set $c (f64.load (i32.add (local.get $colj) (i32.shl (local.get $j) (i32.const 3)))))
      (local.set $alpha (select (f64.neg (local.get $norm)) (local.get $norm) (f64.gt (local.get $c) (f64.const 0))))
      (local.set $c (f64.sub (local.get $c) (local.get $alpha)))
      (f64.store (i32.add (local.get $colj) (i32.shl (local.get $j) (i32.const 3))) (local.get $c))
      (local.set $vv
        (f64.add
          (f64.sub (f64.mul (local.get $norm) (local.get $norm)) (f64.mul (f64.mul (f64.const 2) (local.get $alpha)) (f64.add (local.get $c) (local.get $alpha))))
          (f64.mul (local.get $alpha) (local.get $alpha))))
      ;; H applied to the later columns, then to z.
      (local.set $l (i32.add (local.get $j) (i32.const 1)))
      (block $later (loop $next
        (br_if $later (i32.gt_s (local.get $l) (local.get $k)))
        (local.set $w
          (select
            (i32.add (local.get $work) (i32.shl (i32.mul (local.get $l) (local.get $n)) (i32.const 3)))
            (local.get $z)
            (i32.lt_s (local.get $l) (local.get $k))))
        (local.set $d (f64.const 0))
        (local.set $i (local.get $j))
        (block $done (loop $each
          (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
          (local.set $d
            (f64.add (local.get $d)
              (f64.mul
                (f64.load (i32.add (local.get $colj) (i32.shl (local.get $i) (i32.const 3))))
                (f64.load (i32.add (local.get $w) (i32.shl (local.get $i) (i32.const 3)))))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $each)))
        (local.set $f (f64.div (f64.mul (f64.const 2) (local.get $d)) (local.get $vv)))
        (local.set $i (local.get $j))
        (block $done (loop $each
          (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
          (f64.store (i32.add (local.get $w) (i32.shl (local.get $i) (i32.const 3)))
            (f64.sub
              (f64.load (i32.add (local.get $w) (i32.shl (local.get $i) (i32.const 3))))
              (f64.mul (local.get $f) (f64.load (i32.add (local.get $colj) (i32.shl (local.get $i) (i32.const 3)))))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $each)))
        (local.set $l (i32.add (local.get $l) (i32.const 1)))
        (br $next)))
      (f64.store (i32.add (local.get $rdiag) (i32.shl (local.get $j) (i32.const 3))) (local.get $alpha))
      ;; R's row j beyond the diagonal: r[j][l] = a[l][j].
      (local.set $l (i32.add (local.get $j) (i32.const 1)))
      (block $done (loop $each
        (br_if $done (i32.ge_s (local.get $l) (local.get $k)))
        (f64.store (i32.add (local.get $r) (i32.shl (i32.add (i32.mul (local.get $j) (local.get $k)) (local.get $l)) (i32.const 3)))
          (f64.load (i32.add (local.get $work) (i32.shl (i32.add (i32.mul (local.get $l) (local.get $n)) (local.get $j)) (i32.const 3)))))
        (local.set $l (i32.add (local.get $l) (i32.const 1)))
        (br $each)))
      (f64.store (i32.add (local.get $qty) (i32.shl (local.get $j) (i32.const 3)))
        (f64.load (i32.add (local.get $z) (i32.shl (local.get $j) (i32.const 3)))))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br $col)))

    ;; Back substitution: R·slopes = Qᵀz.
    (local.set $j (i32.sub (local.get $k) (i32.const 1)))
    (block $cols (loop $col
      (br_if $cols (i32.lt_s (local.get $j) (i32.const 0)))
      (local.set $s (f64.load (i32.add (local.get $qty) (i32.shl (local.get $j) (i32.const 3)))))
      (local.set $l (i32.add (local.get $j) (i32.const 1)))
      (block $done (loop $each
        (br_if $done (i32.ge_s (local.get $l) (local.get $k)))
        (local.set $s
          (f64.sub (local.get $s)
            (f64.mul
              (f64.load (i32.add (local.get $r) (i32.shl (i32.add (i32.mul (local.get $j) (local.get $k)) (local.get $l)) (i32.const 3))))
              (f64.load (i32.add (local.get $slopes) (i32.shl (local.get $l) (i32.const 3)))))))
        (local.set $l (i32.add (local.get $l) (i32.const 1)))
        (br $each)))
      (f64.store (i32.add (local.get $slopes) (i32.shl (local.get $j) (i32.const 3)))
        (f64.div (local.get $s) (f64.load (i32.add (local.get $rdiag) (i32.shl (local.get $j) (i32.const 3))))))
      (local.set $j (i32.sub (local.get $j) (i32.const 1)))
      (br $col)))

    ;; The intercept from the means; coef = (b0, slopes).
    (local.set $b0 (local.get $ybar))
    (local.set $j (i32.const 0))
    (block $done (loop $each
      (br_if $done (i32.ge_s (local.get $j) (local.get $k)))
      (local.set $c (f64.load (i32.add (local.get $slopes) (i32.shl (local.get $j) (i32.const 3)))))
      (f64.store (i32.add (local.get $coef) (i32.shl (i32.add (local.get $j) (i32.const 1)) (i32.const 3))) (local.get $c))
      (local.set $b0 (f64.sub (local.get $b0) (f64.mul (local.get $c) (f64.load (i32.add (local.get $means) (i32.shl (local.get $j) (i32.const 3)))))))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br $each)))
    (f64.store (local.get $coef) (local.get $b0))
    ;; Every coefficient finite (c − c is 0 exactly for finite c, NaN otherwise).
    (local.set $j (i32.const 0))
    (block $done (loop $each
      (br_if $done (i32.gt_s (local.get $j) (local.get $k)))
      (local.set $c (f64.load (i32.add (local.get $coef) (i32.shl (local.get $j) (i32.const 3)))))
      (if (f64.ne (f64.sub (local.get $c) (local.get $c)) (f64.const 0)) (then (return (i32.const 0))))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br $each)))
    (i32.const 1))

  ;; A resample: n row numbers, each `next` below `limit` (the largest multiple of n under 2³²) mod n.
  (func $draw (param $n i32) (param $limit i64) (param $rows i32)
    (local $i i32) (local $v i32)
    (local.set $i (i32.const 0))
    (block $drawn (loop $each
      (br_if $drawn (i32.ge_s (local.get $i) (local.get $n)))
      (local.set $v (call $next))
      (block $accepted (loop $again
        (br_if $accepted (i64.lt_u (i64.extend_i32_u (local.get $v)) (local.get $limit)))
        (local.set $v (call $next))
        (br $again)))
      (i32.store (i32.add (local.get $rows) (i32.shl (local.get $i) (i32.const 2))) (i32.rem_u (local.get $v) (local.get $n)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $each))))

  ;; B replicates: n row numbers drawn (rejection sampling below the largest multiple of n under
  ;; 2³², as prng.ts `int`), the fit, and its coefficients stored when fitted. Returns how many were.
  (func (export "replicates")
    (param $n i32) (param $k i32) (param $B i32)
    (param $t0 i32) (param $t1 i32) (param $t2 i32) (param $t3 i32)
    (param $y i32) (param $x i32) (param $rows i32) (param $work i32) (param $draws i32)
    (result i32)
    (local $rep i32) (local $j i32) (local $ok i32) (local $limit i64) (local $coef i32)
    (global.set $s0 (local.get $t0))
    (global.set $s1 (local.get $t1))
    (global.set $s2 (local.get $t2))
    (global.set $s3 (local.get $t3))
    (local.set $limit
      (i64.sub (i64.const 4294967296) (i64.rem_u (i64.const 4294967296) (i64.extend_i32_u (local.get $n)))))
    ;; coef: the last k+1 doubles of the work area.
    (local.set $coef
      (i32.add (local.get $work)
        (i32.shl
          (i32.add
            (i32.add (i32.mul (i32.add (local.get $k) (i32.const 1)) (local.get $n)) (i32.mul (local.get $k) (local.get $k)))
            (i32.mul (local.get $k) (i32.const 4)))
          (i32.const 3))))
    (local.set $rep (i32.const 0))
    (block $all (loop $replicate
      (br_if $all (i32.ge_s (local.get $rep) (local.get $B)))
      (call $draw (local.get $n) (local.get $limit) (local.get $rows))
      (if (call $solve (local.get $n) (local.get $k) (local.get $y) (local.get $x) (local.get $rows) (local.get $work))
        (then
          (local.set $j (i32.const 0))
          (block $stored (loop $store
            (br_if $stored (i32.gt_s (local.get $j) (local.get $k)))
            (f64.store
              (i32.add (local.get $draws) (i32.shl (i32.add (i32.mul (local.get $j) (local.get $B)) (local.get $ok)) (i32.const 3)))
              (f64.load (i32.add (local.get $coef) (i32.shl (local.get $j) (i32.const 3)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $store)))
          (local.set $ok (i32.add (local.get $ok) (i32.const 1)))))
      (local.set $rep (i32.add (local.get $rep) (i32.const 1)))
      (br $replicate)))
    (local.get $ok))
)
