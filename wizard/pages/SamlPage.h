#pragma once

#include "entra/SamlHandoffFiles.h"
#include "entra/SetupOperation.h"
#include "flows/SamlSetupFlow.h"
#include "pages/StepPage.h"

class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace insightly {

class InfoLabel;
class InsightlyHandoffPanel;
class InsightlyTab;
class OperationView;
class SamlValuesPanel;
class SignInTestPanel;

// Step 2, the page of SamlSetupFlow (which owns the stages: SAML on the app, the signing certificate, the
// hand-off files, the sign-in test's verdict and Enforce SAML Login). Left of a splitter: the article's
// instructions, then the step's controls in the order the admin uses them; right: the Insightly tab and the
// sign-in test's browser, side by side with the instructions. The page lays out, binds and forwards.
class SamlPage : public StepPage
{
    Q_OBJECT
public:
    SamlPage(WizardContext &context, InsightlyTab *insightlyTab, QWidget *parent = nullptr);
    ~SamlPage() override;

    void initializePage() override;
    bool isComplete() const override;

    void setConvergencePolicy(const entra::ConvergencePolicy &policy);
    bool isRunning() const { return m_flow->isRunning(); }
    entra::SamlPanelValues panelValues() const { return m_flow->panelValues(); }
    QString certificatePath() const { return m_flow->certificatePath(); }
    SamlSetupFlow *flow() const { return m_flow; }
    SignInTestPanel *signInTest() const { return m_test; }
    // LOCKOUT CHECK SLOT: a panel placed here is shown right above the request to tick Enforce SAML Login
    // (after a passing sign-in test), so the lockout check comes before the admin enforces SAML.
    QVBoxLayout *lockoutCheckArea() const;

private:
    void bindFlow();
    void start();
    void updateControls();
    void showExported(const QString &certificatePath, const QString &metadataPath);
    void chooseFolder();

    SamlSetupFlow *m_flow;
    InsightlyTab *m_insightly;
    QVBoxLayout *m_insightlyArea = nullptr;
    OperationView *m_operation = nullptr;
    QPushButton *m_configure = nullptr;
    QToolButton *m_detailsToggle = nullptr;
    QWidget *m_details = nullptr;
    QSpinBox *m_validityYears = nullptr;
    QLineEdit *m_emails = nullptr;
    SamlValuesPanel *m_values = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_export = nullptr;
    InfoLabel *m_exported = nullptr;
    InsightlyHandoffPanel *m_handoff = nullptr;
    SignInTestPanel *m_test = nullptr;
    bool m_initialized = false;
};

} // namespace insightly
