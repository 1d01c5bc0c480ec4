# Sources of wizard/pages (target insightly_wizard).
target_sources(insightly_wizard PRIVATE
    pages/WizardContext.h pages/WizardContext.cpp
    pages/StepPage.h pages/StepPage.cpp
    pages/WelcomePage.h pages/WelcomePage.cpp
    pages/SetupWizard.h pages/SetupWizard.cpp
)
target_sources(insightly_wizard PRIVATE pages/AssignPage.h pages/AssignPage.cpp pages/AssignPageActions.cpp)
