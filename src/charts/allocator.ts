/**
 * resvg-js allocates with mimalloc, which gives memory it has freed back to the system 10 ms later
 * ("purges" it). A chart's canvas at 300 dpi is about 6 MB, allocated anew for every chart: once
 * purged, it is faulted in again page by page (10 000–15 000 of a cold build's 95 000 page faults).
 * bab4 draws its charts in one burst and keeps that memory until it exits: −32±8 ms of processor
 * and −13±5 ms of wall time a cold build (30 paired runs), the same PNG.
 *
 * mimalloc reads its options from the environment once, as the native module loads, and a worker
 * thread's process.env is a copy that never reaches the environment: the main thread sets it before
 * it starts the chart worker or loads resvg itself. A value the user has set is kept.
 */
export function keepResvgMemory(): void {
  process.env.MIMALLOC_PURGE_DELAY ??= '-1';
}
