# Sources of wizard/pages (target insightly_wizard).
target_sources(insightly_wizard PRIVATE
    pages/WizardContext.h pages/WizardContext.cpp
    pages/StepPage.h pages/StepPage.cpp
    pages/ChangePlanPanel.h pages/ChangePlanPanel.cpp
    pages/WelcomePage.h pages/WelcomePage.cpp
    pages/WrappedLabel.h pages/WrappedLabel.cpp
    pages/ScimPage.h pages/ScimPage.cpp
    pages/ScimStatusPanel.h pages/ScimStatusPanel.cpp
    pages/ScimTestResults.h pages/ScimTestResults.cpp
    pages/ScimCredentialsForm.h pages/ScimCredentialsForm.cpp
    pages/ScimTabs.h pages/ScimTabs.cpp
    pages/FailurePanel.h pages/FailurePanel.cpp
    pages/InsightlyTab.h pages/InsightlyTab.cpp
    pages/InstancePage.h pages/InstancePage.cpp
    pages/OperationSupport.h pages/OperationSupport.cpp
    pages/OperationView.h pages/OperationView.cpp
    pages/InfoLabel.h pages/InfoLabel.cpp
    pages/ElidedLineEdit.h pages/ElidedLineEdit.cpp
    pages/PageWidgets.h pages/PageWidgets.cpp
    pages/AppPage.h pages/AppPage.cpp
    pages/SamlValuesPanel.h pages/SamlValuesPanel.cpp
    pages/InsightlyHandoffPanel.h pages/InsightlyHandoffPanel.cpp
    pages/SignInTestPanel.h pages/SignInTestPanel.cpp
    pages/SamlPage.h pages/SamlPage.cpp
    pages/SetupWizard.h pages/SetupWizard.cpp
    pages/PreflightView.h pages/PreflightView.cpp
    pages/RemoveSetupDialog.h pages/RemoveSetupDialog.cpp
    pages/ReportExport.h pages/ReportExport.cpp
    pages/SignInPage.h pages/SignInPage.cpp
)
target_sources(insightly_wizard PRIVATE
    pages/RotateCertificatePage.h pages/RotateCertificatePage.cpp
    pages/RotateScimTokenPage.h pages/RotateScimTokenPage.cpp
)
target_sources(insightly_wizard PRIVATE
    pages/AssignPage.h pages/AssignPage.cpp
    pages/AssignPickerPanel.h pages/AssignPickerPanel.cpp
    pages/AssignedUsersPanel.h pages/AssignedUsersPanel.cpp
    pages/LockoutCheckPanel.h pages/LockoutCheckPanel.cpp
    pages/ReadableViews.h pages/ReadableViews.cpp
)
target_sources(insightly_wizard PRIVATE pages/SummaryPage.h pages/SummaryPage.cpp)
