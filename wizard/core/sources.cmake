# Sources of wizard/core (target insightly_wizard).
target_sources(insightly_wizard PRIVATE
    core/AppConfig.h
    core/UserMessage.h core/UserMessage.cpp
    core/TlsProblem.h core/TlsProblem.cpp
    core/Translations.h core/Translations.cpp
    core/LogCategories.h core/LogCategories.cpp
    core/Logging.h core/Logging.cpp
    core/SecretRedaction.h core/SecretRedaction.cpp
    core/SetupState.h core/SetupState.cpp
    core/SetupStateStore.h core/SetupStateStore.cpp
    core/KeychainErrors.h core/KeychainErrors.cpp
    core/KeychainJobAwaiter.h
    core/SecretStore.h core/SecretStore.cpp
    core/SecretKeys.h core/SecretKeys.cpp
)
