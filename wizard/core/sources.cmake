# Sources of wizard/core (target insightly_wizard).
target_sources(insightly_wizard PRIVATE
    core/AppConfig.h
    core/UserMessage.h core/UserMessage.cpp
    core/Translations.h core/Translations.cpp
)
