# Sources of wizard/core (target wizard_core).
target_sources(wizard_core PRIVATE
    core/AppConfig.h
    core/UserMessage.h core/UserMessage.cpp
    core/TlsProblem.h core/TlsProblem.cpp
    core/Translations.h core/Translations.cpp
    core/LogCategories.h core/LogCategories.cpp
    core/Logging.h core/Logging.cpp
    core/SecretRedaction.h core/SecretRedaction.cpp
    core/SetupState.h core/SetupState.cpp
    core/SetupKey.h core/SetupKey.cpp
    core/SetupCatalogue.h core/SetupCatalogue.cpp
    core/SetupStateStore.h core/SetupStateStore.cpp
    core/SetupChoiceModel.h core/SetupChoiceModel.cpp
    core/KeychainErrors.h core/KeychainErrors.cpp
    core/KeychainJobAwaiter.h
    core/SecretStore.h core/SecretStore.cpp
    core/SecretKeys.h core/SecretKeys.cpp
    core/PrivateFiles.h core/PrivateFiles.cpp
    core/TextLimits.h core/TextLimits.cpp
    core/RetryAfter.h core/RetryAfter.cpp
    core/AuditJournal.h core/AuditJournal.cpp
)
# Linux: SecretStore asks the Secret Service over D-Bus whether the keyring is locked (a locked collection
# hides its items instead of failing).
if(UNIX AND NOT APPLE)
    find_package(Qt6 QUIET COMPONENTS DBus)
    if(TARGET Qt6::DBus)
        target_link_libraries(wizard_core PUBLIC Qt6::DBus)
        set_property(SOURCE core/SecretStore.cpp APPEND PROPERTY COMPILE_DEFINITIONS INSIGHTLY_HAVE_QTDBUS)
    endif()
endif()
