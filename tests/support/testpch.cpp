// Compiled only to build the tests' precompiled header (tests/support/CMakeLists.txt).
