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
