#!/usr/bin/env bash
# scripts/setup.sh: sourced by demo.sh and test.sh. Installs, with apt-get, whichever of ctnn's
# build and test dependencies are missing on a Debian machine (run as root, or with sudo).
#   cmake ninja-build g++ clang    the build (g++ 12 and clang++ 14 on Debian 12)
#   libboost-dev                   Boost.Hana (header-only)
#   doctest-dev                    the run-time tests
# The caller adds what else it needs in CTNN_EXTRA_PACKAGES (scripts/test.sh: Debian's python3
# with python3-torch and python3-torchvision, for the tests against PyTorch, graphviz for
# the diagrams, pkgconf for the pkg-config consumer, and ONNX's libraries, protobuf, CLI11, ONNX's
# node tests and python3-onnx for ctnn-import and its tests, and for the Cortex-M4 firmware test
# gcc-arm-none-eabi, newlib-nano (libnewlib-arm-none-eabi: nano.specs, not installed with the
# compiler without recommends) and libstdc++-arm-none-eabi-newlib (libstdc++_nano, and through
# libstdc++-arm-none-eabi-dev the C++ headers: <array>, <cstdint>, <concepts>, <string_view>).

ctnn_packages=(cmake ninja-build g++ clang libboost-dev doctest-dev ${CTNN_EXTRA_PACKAGES:-})

ctnn_missing_packages() {
    local p
    for p in "${ctnn_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
    done
}

ctnn_install_missing() {
    local missing
    missing=$(ctnn_missing_packages)
    [ -z "$missing" ] && return 0
    echo "ctnn: installing missing packages:" $missing
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "ctnn: need root or sudo to install $missing" >&2; return 1; }
        sudo=sudo
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q
    # shellcheck disable=SC2086
    $sudo apt-get install -y -q --no-install-recommends $missing
}

ctnn_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ctnn_install_missing
