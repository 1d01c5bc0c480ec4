# Precompiled Qt headers for the product's layer libraries and the simulator library (issue 13, items 6 and 7:
# the compile work of a fresh clone and of the test suite). Each layer precompiles only headers its own layer may
# include (tests/layers proves that a layer below pages/ and browser/ cannot reach Qt Widgets), so a PCH never
# widens what a layer sees. Figures: tests/bench/notes/newcomer.md.
#
# ccache caches compiles that use a PCH only with `sloppiness=pch_defines,time_macros` (its manual, "Precompiled
# headers": https://ccache.dev/manual/4.7.5.html#_precompiled_headers); without it every such compile is a miss,
# never a wrong hit. So when the compiler launcher is ccache, it runs with that sloppiness set in its environment
# (ccache 4.7 takes no configuration on its command line). The code uses no __DATE__, __TIME__ or __TIMESTAMP__.
option(INSIGHTLY_PCH "Precompile the Qt headers the code includes most (faster builds)" ON)

if(INSIGHTLY_PCH AND CMAKE_CXX_COMPILER_LAUNCHER AND NOT CMAKE_CXX_COMPILER_LAUNCHER MATCHES "CCACHE_SLOPPINESS")
    list(GET CMAKE_CXX_COMPILER_LAUNCHER 0 insightly_launcher)
    get_filename_component(insightly_launcher "${insightly_launcher}" NAME_WE)
    if(insightly_launcher STREQUAL "ccache")
        set(CMAKE_CXX_COMPILER_LAUNCHER
            ${CMAKE_COMMAND} -E env CCACHE_SLOPPINESS=pch_defines,time_macros ${CMAKE_CXX_COMPILER_LAUNCHER})
    endif()
endif()

# Qt Core and Qt Network: every layer and the simulator.
set(INSIGHTLY_PCH_CORE
    <QByteArray> <QCoreApplication> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList>
    <QLoggingCategory> <QNetworkReply> <QNetworkRequest> <QObject> <QPointer> <QRegularExpression> <QString>
    <QStringList> <QUrl> <QUrlQuery>)
# QCoro's task: the layers that run Graph and Insightly calls as coroutines.
set(INSIGHTLY_PCH_COROUTINES <qcorotask.h>)
# Qt Widgets: pages/ and browser/.
set(INSIGHTLY_PCH_WIDGETS
    <QComboBox> <QFormLayout> <QHBoxLayout> <QLabel> <QLineEdit> <QPushButton> <QVBoxLayout> <QWidget>)

# insightly_precompile_headers(<target> <CORE|COROUTINES|WIDGETS>): CORE is Qt Core + Network; COROUTINES adds
# QCoro's task; WIDGETS adds both and Qt Widgets.
function(insightly_precompile_headers target level)
    if(NOT INSIGHTLY_PCH)
        return()
    endif()
    set(headers ${INSIGHTLY_PCH_CORE})
    if(level STREQUAL "COROUTINES" OR level STREQUAL "WIDGETS")
        list(APPEND headers ${INSIGHTLY_PCH_COROUTINES})
    endif()
    if(level STREQUAL "WIDGETS")
        list(APPEND headers ${INSIGHTLY_PCH_WIDGETS})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# insightly_reuse_precompiled_headers(<target> <from>): <target> uses <from>'s PCH instead of building its own
# (the same compiler flags and definitions; a layer whose own PCH would cost more than it saves).
function(insightly_reuse_precompiled_headers target from)
    if(NOT INSIGHTLY_PCH)
        return()
    endif()
    target_precompile_headers(${target} REUSE_FROM ${from})
endfunction()

# The test executables (tests/CMakeLists.txt, insightly_add_test): Qt Test and what the tests include most, on top of
# the lists above. GCC uses a PCH only when every macro its headers read is defined as when it was made
# (-Winvalid-pch, an error under -Werror), and Qt Test defines QT_TESTCASE_BUILDDIR and QT_TESTCASE_SOURCEDIR as the
# folder of the target (CMake's BINARY_DIR and SOURCE_DIR), while qtest.h picks its Gui, Widgets and Network parts
# by QT_GUI_LIB, QT_WIDGETS_LIB and QT_NETWORK_LIB. So the tests of one CMake folder that reach the same of those Qt
# modules (and QCoro) share one PCH, made by a small object library of that folder with the same definitions; the
# other definitions a test adds (QT_HTTPSERVER_LIB, INSIGHTLY_APP_EXECUTABLE, …) are read by none of these headers.
# A PCH holds only headers of modules the test links anyway. tests/layers builds its probes without it.
set(INSIGHTLY_PCH_TESTS <QtTest> <QTest> <QSignalSpy> <QNetworkAccessManager> <QProcess> <QTemporaryDir>)
set(INSIGHTLY_PCH_TESTS_WIDGETS <QApplication> <QAbstractButton>)
# A folder's PCH costs ~25 CPU s (its owner's source included) and saves a test 2-5 CPU s (light tests, e.g.
# tests/unit/core: 6.8 -> 4.6) up to 5-6 s (tests/unit/flows: 11.9 -> 6.6): measured in tests/bench/notes/test_suite.md,
# it does not pay below 7 tests.
set(INSIGHTLY_TEST_PCH_MIN_TESTS 7 CACHE STRING
    "Fewest tests of one folder and Qt module set that get a shared precompiled header (INSIGHTLY_PCH)")

# insightly_test_precompile_headers(<test target> <definitions…>): after the test's links are set; <definitions…>
# are the ones every test gets (the PCH owner gets them too). The PCHs are made at the end of the folder.
function(insightly_test_precompile_headers target)
    if(NOT INSIGHTLY_PCH)
        return()
    endif()
    # The Qt modules (and QCoro) whose usage requirements reach the test: its links, transitively, without the
    # $<LINK_ONLY:…> ones (a static library's private links carry no definitions).
    get_target_property(queue ${target} LINK_LIBRARIES)
    set(seen "")
    while(queue)
        list(POP_FRONT queue item)
        if(item MATCHES "^\\$<BUILD_INTERFACE:(.*)>$")
            set(item "${CMAKE_MATCH_1}")
        endif()
        if(item MATCHES "^\\$<" OR NOT TARGET "${item}" OR item IN_LIST seen)
            continue()
        endif()
        list(APPEND seen "${item}")
        get_target_property(next ${item} INTERFACE_LINK_LIBRARIES)
        if(next)
            list(APPEND queue ${next})
        endif()
    endwhile()
    if(NOT Qt6::Network IN_LIST seen)
        return()
    endif()
    set(key net)
    foreach(module Gui Widgets)
        if(Qt6::${module} IN_LIST seen)
            string(TOLOWER "${module}" part)
            string(APPEND key "_${part}")
        endif()
    endforeach()
    if(QCoro6::Core IN_LIST seen)
        string(APPEND key "_qcoro")
    endif()
    get_property(keys DIRECTORY PROPERTY INSIGHTLY_TEST_PCH_KEYS)
    if(NOT key IN_LIST keys)
        set_property(DIRECTORY APPEND PROPERTY INSIGHTLY_TEST_PCH_KEYS ${key})
    endif()
    set_property(DIRECTORY APPEND PROPERTY INSIGHTLY_TEST_PCH_${key} ${target})
    set_property(DIRECTORY PROPERTY INSIGHTLY_TEST_PCH_DEFINITIONS ${ARGN})
    if(NOT keys)
        cmake_language(DEFER CALL _insightly_test_pch_make)
    endif()
endfunction()

# At the end of a test folder: one PCH-owning object library per Qt module set with enough tests, reused by them.
function(_insightly_test_pch_make)
    file(RELATIVE_PATH folder "${PROJECT_SOURCE_DIR}" "${CMAKE_CURRENT_SOURCE_DIR}")
    string(MAKE_C_IDENTIFIER "${folder}" folder)
    get_property(keys DIRECTORY PROPERTY INSIGHTLY_TEST_PCH_KEYS)
    get_property(definitions DIRECTORY PROPERTY INSIGHTLY_TEST_PCH_DEFINITIONS)
    foreach(key IN LISTS keys)
        get_property(tests DIRECTORY PROPERTY INSIGHTLY_TEST_PCH_${key})
        list(LENGTH tests count)
        if(count LESS INSIGHTLY_TEST_PCH_MIN_TESTS)
            continue()
        endif()
        set(owner insightly_pch_${folder}_${key})
        file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${owner}.cpp
             CONTENT "// Makes the precompiled header of this folder's tests (cmake/PrecompiledHeaders.cmake).\n")
        add_library(${owner} OBJECT ${CMAKE_CURRENT_BINARY_DIR}/${owner}.cpp)
        set_target_properties(${owner} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
        target_link_libraries(${owner} PRIVATE Qt6::Test Qt6::Network insightly_project_options)
        target_compile_definitions(${owner} PRIVATE ${definitions})
        set(headers ${INSIGHTLY_PCH_CORE} ${INSIGHTLY_PCH_TESTS})
        if(key MATCHES "_qcoro")
            target_link_libraries(${owner} PRIVATE QCoro6::Core)
            list(APPEND headers ${INSIGHTLY_PCH_COROUTINES})
        endif()
        if(key MATCHES "_gui")
            target_link_libraries(${owner} PRIVATE Qt6::Gui)
        endif()
        if(key MATCHES "_widgets")
            target_link_libraries(${owner} PRIVATE Qt6::Widgets)
            list(APPEND headers ${INSIGHTLY_PCH_WIDGETS} ${INSIGHTLY_PCH_TESTS_WIDGETS})
        endif()
        target_precompile_headers(${owner} PRIVATE ${headers})
        foreach(test IN LISTS tests)
            target_precompile_headers(${test} REUSE_FROM ${owner})
            # AUTOMOC's mocs_compilation.cpp is all but empty (the tests include their .moc): 0.1 CPU s alone,
            # ~3.5 s when it loads the PCH (~270 MB). Only a test that keeps AUTOMOC has one (most run their own
            # moc step instead: insightly_test_moc in tests/CMakeLists.txt).
            set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${test}_autogen/mocs_compilation.cpp
                                        PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
        endforeach()
    endforeach()
endfunction()
