# Links with LLVM's lld when the compiler can use it (issue 13, items 6 and 7: the link steps of a fresh clone,
# 151 test executables and the app, each linking Qt WebEngine). Debian's `lld` package provides it
# (scripts/install-deps.sh installs it); without it the compiler's default linker links, as before, and the
# configure step says so. `-DINSIGHTLY_LLD=OFF` keeps the default linker. Figures: tests/bench/notes/newcomer.md.
option(INSIGHTLY_LLD "Link with lld when it is installed (faster links)" ON)

if(INSIGHTLY_LLD AND NOT MSVC AND NOT APPLE)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" INSIGHTLY_HAVE_LLD)
    if(INSIGHTLY_HAVE_LLD)
        add_link_options(-fuse-ld=lld)
    else()
        message(STATUS "lld not found (Debian package lld): linking with the compiler's default linker")
    endif()
endif()
