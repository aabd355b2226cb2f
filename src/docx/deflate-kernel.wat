;; The LZ77 match search of fflate's DEFLATE (fflate 0.8, `dflt`, levels 1–9), as WebAssembly:
;; the loop that looks each position of the data up in the hash chains and emits a literal or a
;; length/distance pair, counting symbol frequencies. The blocks themselves — Huffman trees, their
;; code lengths and the bits — are written by deflate.ts (fflate's own code) through the imported
;; `block`, called exactly where fflate's loop calls `wblk`.
;;
;; Why: a build deflates about 3 MB of Word XML, once, in a process that has never run fflate, and V8
;; runs most of it unoptimized: ≈ 100 ms of a cold build, 90 of them in this loop. WebAssembly is
;; compiled to machine code as it loads.
;;
;; Exactly fflate's bytes (test/docx/deflate.test.ts compares them on the Word parts and on seeded
;; random data): every step below is a line of `dflt` (node_modules/fflate/esm/index.mjs) in the
;; same order, with 32-bit integers as fflate's JavaScript uses them. Every read is within the data,
;; as in fflate: a match that reaches the end (l = rem) is longer than `maxn` and ends the search, so
;; `dat[i + l]` is never read past it.
;;
;; Memory (bytes), the tables written once by deflate.ts:
;;   0 fleb u8[32] · 32 fdeb u8[32] · 64 lf u16[288] · 640 df u16[32] · 704 state i32[8]
;;   (the loop's li, eb, bs and i when it returns) · 1024 revfl i32[261] · 4096 revfd i32[32769]
;;   · 139264 prev u16[32768] · 204800 syms i32[25000] · 304800 head u16[2^plvl] · then the data.
;; Assembled by scripts/wasm.ts (npm run generate:wasm, wabt) into deflate-kernel.generated.ts.
(module
  ;; fflate's wblk for the block so far (not the last): li symbols, eb extra bits, from bs, bl bytes.
  (import "deflate" "block" (func $block (param i32 i32 i32 i32)))
  (memory (export "memory") 5)

  ;; dflt's `hsh`: the hash of the three bytes at i.
  (func $hash (param $dat i32) (param $i i32) (param $bs1 i32) (param $bs2 i32) (param $msk i32) (result i32)
    (local $p i32)
    (local.set $p (i32.add (local.get $dat) (local.get $i)))
    (i32.and
      (i32.xor
        (i32.xor (i32.load8_u (local.get $p)) (i32.shl (i32.load8_u offset=1 (local.get $p)) (local.get $bs1)))
        (i32.shl (i32.load8_u offset=2 (local.get $p)) (local.get $bs2)))
      (local.get $msk)))

  ;; The whole of dflt's match loop over s bytes at `dat`, then its trailing literals; the last
  ;; block's li, eb, bs and i are left in the state for deflate.ts.
  (func (export "lz") (param $s i32) (param $plvl i32) (param $n i32) (param $c i32) (param $dat i32)
    (local $msk i32) (local $bs1 i32) (local $bs2 i32)
    (local $i i32) (local $wi i32) (local $li i32) (local $lc i32) (local $eb i32) (local $bs i32)
    (local $hv i32) (local $imod i32) (local $pimod i32) (local $rem i32)
    (local $l i32) (local $d i32) (local $ch i32) (local $dif i32) (local $maxn i32) (local $maxd i32) (local $ml i32)
    (local $nl i32) (local $mmd i32) (local $md i32) (local $j i32) (local $ti i32) (local $cd i32)
    (local $rl i32) (local $rd i32) (local $byte i32) (local $at i32)
    (local.set $msk (i32.sub (i32.shl (i32.const 1) (local.get $plvl)) (i32.const 1)))
    ;; Math.ceil(plvl / 3), and twice that
    (local.set $bs1 (i32.div_u (i32.add (local.get $plvl) (i32.const 2)) (i32.const 3)))
    (local.set $bs2 (i32.shl (local.get $bs1) (i32.const 1)))
    (memory.fill (i32.const 304800) (i32.const 0) (i32.shl (i32.add (local.get $msk) (i32.const 1)) (i32.const 1)))
    (memory.fill (i32.const 139264) (i32.const 0) (i32.const 65536))
    (memory.fill (i32.const 64) (i32.const 0) (i32.const 640))
    (block $end (loop $position
      ;; for (; i + 2 < s; ++i)
      (br_if $end (i32.ge_s (i32.add (local.get $i) (i32.const 2)) (local.get $s)))
      (local.set $hv (call $hash (local.get $dat) (local.get $i) (local.get $bs1) (local.get $bs2) (local.get $msk)))
      (local.set $imod (i32.and (local.get $i) (i32.const 32767)))
      (local.set $pimod (i32.load16_u offset=304800 (i32.shl (local.get $hv) (i32.const 1))))
      (i32.store16 offset=139264 (i32.shl (local.get $imod) (i32.const 1)) (local.get $pimod))
      (i32.store16 offset=304800 (i32.shl (local.get $hv) (i32.const 1)) (local.get $imod))
      (if (i32.le_s (local.get $wi) (local.get $i))
        (then
          (local.set $rem (i32.sub (local.get $s) (local.get $i)))
          ;; (lc > 7000 || li > 24576) && (rem > 423 || !lst), lst = 1: the block so far is written.
          (if (i32.and
                (i32.or (i32.gt_s (local.get $lc) (i32.const 7000)) (i32.gt_s (local.get $li) (i32.const 24576)))
                (i32.gt_s (local.get $rem) (i32.const 423)))
            (then
              (call $block (local.get $li) (local.get $eb) (local.get $bs) (i32.sub (local.get $i) (local.get $bs)))
              (local.set $li (i32.const 0))
              (local.set $lc (i32.const 0))
              (local.set $eb (i32.const 0))
              (local.set $bs (local.get $i))
              (memory.fill (i32.const 64) (i32.const 0) (i32.const 572)) ;; lf[0 … 285]
              (memory.fill (i32.const 640) (i32.const 0) (i32.const 60)))) ;; df[0 … 29]
          (local.set $l (i32.const 2))
          (local.set $d (i32.const 0))
          (local.set $ch (local.get $c))
          (local.set $dif (i32.and (i32.sub (local.get $imod) (local.get $pimod)) (i32.const 32767)))
          (if (i32.and
                (i32.gt_s (local.get $rem) (i32.const 2))
                (i32.eq (local.get $hv) (call $hash (local.get $dat) (i32.sub (local.get $i) (local.get $dif)) (local.get $bs1) (local.get $bs2) (local.get $msk))))
            (then
              (local.set $maxn (i32.sub (select (local.get $n) (local.get $rem) (i32.lt_s (local.get $n) (local.get $rem))) (i32.const 1)))
              (local.set $maxd (select (i32.const 32767) (local.get $i) (i32.lt_s (i32.const 32767) (local.get $i))))
              (local.set $ml (select (i32.const 258) (local.get $rem) (i32.lt_s (i32.const 258) (local.get $rem))))
              ;; while (dif <= maxd && --ch && imod != pimod)
              (block $chain_end (loop $chain
                (br_if $chain_end (i32.gt_s (local.get $dif) (local.get $maxd)))
                (local.set $ch (i32.sub (local.get $ch) (i32.const 1)))
                (br_if $chain_end (i32.eqz (local.get $ch)))
                (br_if $chain_end (i32.eq (local.get $imod) (local.get $pimod)))
                (local.set $at (i32.add (local.get $dat) (i32.add (local.get $i) (local.get $l))))
                (if (i32.eq (i32.load8_u (local.get $at)) (i32.load8_u (i32.sub (local.get $at) (local.get $dif))))
                  (then
                    ;; for (nl = 0; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl)
                    (local.set $nl (i32.const 0))
                    (block $run_end (loop $run
                      (br_if $run_end (i32.ge_s (local.get $nl) (local.get $ml)))
                      (local.set $at (i32.add (local.get $dat) (i32.add (local.get $i) (local.get $nl))))
                      (br_if $run_end (i32.ne (i32.load8_u (local.get $at)) (i32.load8_u (i32.sub (local.get $at) (local.get $dif)))))
                      (local.set $nl (i32.add (local.get $nl) (i32.const 1)))
                      (br $run)))
                    (if (i32.gt_s (local.get $nl) (local.get $l))
                      (then
                        (local.set $l (local.get $nl))
                        (local.set $d (local.get $dif))
                        (br_if $chain_end (i32.gt_s (local.get $nl) (local.get $maxn)))
                        ;; the rarest 2-byte sequence within this match: search from there instead
                        (local.set $mmd (select (local.get $dif) (i32.sub (local.get $nl) (i32.const 2))
                          (i32.lt_s (local.get $dif) (i32.sub (local.get $nl) (i32.const 2)))))
                        (local.set $md (i32.const 0))
                        (local.set $j (i32.const 0))
                        (block $rare_end (loop $rare
                          (br_if $rare_end (i32.ge_s (local.get $j) (local.get $mmd)))
                          (local.set $ti (i32.and (i32.add (i32.sub (local.get $i) (local.get $dif)) (local.get $j)) (i32.const 32767)))
                          (local.set $cd (i32.and
                            (i32.sub (local.get $ti) (i32.load16_u offset=139264 (i32.shl (local.get $ti) (i32.const 1))))
                            (i32.const 32767)))
                          (if (i32.gt_s (local.get $cd) (local.get $md))
                            (then
                              (local.set $md (local.get $cd))
                              (local.set $pimod (local.get $ti))))
                          (local.set $j (i32.add (local.get $j) (i32.const 1)))
                          (br $rare)))))))
                ;; the previous match: imod = pimod, pimod = prev[imod], dif += imod − pimod & 32767
                (local.set $imod (local.get $pimod))
                (local.set $pimod (i32.load16_u offset=139264 (i32.shl (local.get $imod) (i32.const 1))))
                (local.set $dif (i32.add (local.get $dif)
                  (i32.and (i32.sub (local.get $imod) (local.get $pimod)) (i32.const 32767))))
                (br $chain)))))
          (if (local.get $d)
            (then
              ;; a length/distance pair: 2^28 | revfl[l] << 18 | revfd[d]
              (local.set $rl (i32.load offset=1024 (i32.shl (local.get $l) (i32.const 2))))
              (local.set $rd (i32.load offset=4096 (i32.shl (local.get $d) (i32.const 2))))
              (i32.store offset=204800 (i32.shl (local.get $li) (i32.const 2))
                (i32.or (i32.or (i32.const 268435456) (i32.shl (local.get $rl) (i32.const 18))) (local.get $rd)))
              (local.set $li (i32.add (local.get $li) (i32.const 1)))
              (local.set $rl (i32.and (local.get $rl) (i32.const 31)))
              (local.set $rd (i32.and (local.get $rd) (i32.const 31)))
              (local.set $eb (i32.add (local.get $eb)
                (i32.add (i32.load8_u offset=0 (local.get $rl)) (i32.load8_u offset=32 (local.get $rd)))))
              (local.set $at (i32.shl (i32.add (i32.const 257) (local.get $rl)) (i32.const 1)))
              (i32.store16 offset=64 (local.get $at) (i32.add (i32.load16_u offset=64 (local.get $at)) (i32.const 1)))
              (local.set $at (i32.shl (local.get $rd) (i32.const 1)))
              (i32.store16 offset=640 (local.get $at) (i32.add (i32.load16_u offset=640 (local.get $at)) (i32.const 1)))
              (local.set $wi (i32.add (local.get $i) (local.get $l)))
              (local.set $lc (i32.add (local.get $lc) (i32.const 1))))
            (else
              ;; a literal
              (local.set $byte (i32.load8_u (i32.add (local.get $dat) (local.get $i))))
              (i32.store offset=204800 (i32.shl (local.get $li) (i32.const 2)) (local.get $byte))
              (local.set $li (i32.add (local.get $li) (i32.const 1)))
              (local.set $at (i32.shl (local.get $byte) (i32.const 1)))
              (i32.store16 offset=64 (local.get $at) (i32.add (i32.load16_u offset=64 (local.get $at)) (i32.const 1)))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $position)))
    ;; for (i = Math.max(i, wi); i < s; ++i): the last bytes as literals
    (if (i32.gt_s (local.get $wi) (local.get $i)) (then (local.set $i (local.get $wi))))
    (block $end (loop $literal
      (br_if $end (i32.ge_s (local.get $i) (local.get $s)))
      (local.set $byte (i32.load8_u (i32.add (local.get $dat) (local.get $i))))
      (i32.store offset=204800 (i32.shl (local.get $li) (i32.const 2)) (local.get $byte))
      (local.set $li (i32.add (local.get $li) (i32.const 1)))
      (local.set $at (i32.shl (local.get $byte) (i32.const 1)))
      (i32.store16 offset=64 (local.get $at) (i32.add (i32.load16_u offset=64 (local.get $at)) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $literal)))
    (i32.store offset=704 (i32.const 0) (local.get $li))
    (i32.store offset=708 (i32.const 0) (local.get $eb))
    (i32.store offset=712 (i32.const 0) (local.get $bs))
    (i32.store offset=716 (i32.const 0) (local.get $i)))
)
