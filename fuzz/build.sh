#!/bin/sh
# Builds the fuzz targets (no run), for CI. Installs cargo-fuzz if missing.
# libFuzzer needs a C++ compiler; `-s none` works on stable Rust (no sanitizer).
set -eu
cd "$(dirname "$0")/.."
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install --locked cargo-fuzz
fi
cargo fuzz build -s none "$@"
