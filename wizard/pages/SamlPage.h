#pragma once

#include "entra/SamlHandoffFiles.h"
#include "entra/SetupOperation.h"
#include "pages/StepPage.h"

#include <QPointer>
#include <qcorotask.h>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace insightly {

class FailurePanel;
class InsightlyHandoffPanel;
class InsightlyTab;
class SamlValuesPanel;
class SignInTestPanel;

// Step 2: SAML on the app (Identifier and Reply URL = Insightly's Sign-in page URL), the signing certificate
// (validity chosen by the admin, expiry notifications), the Certificate (Base64) and Federation Metadata XML
// exported to a folder, the hand-off to Insightly beside the embedded Insightly tab, and the sign-in test
// before Enforce SAML Login. Complete only when the test passed and the admin enforced SAML in Insightly.
class SamlPage : public StepPage
{
    Q_OBJECT
public:
    SamlPage(WizardContext &context, InsightlyTab *insightlyTab, QWidget *parent = nullptr);
    ~SamlPage() override;

    void initializePage() override;
    bool isComplete() const override;

    void setConvergencePolicy(const entra::ConvergencePolicy &policy);
    bool isRunning() const { return !m_cancel.isNull(); }
    entra::SamlPanelValues panelValues() const { return m_panel; }
    QString certificatePath() const { return m_certificatePath; }

private:
    void start();
    QCoro::Task<> configure();
    QCoro::Task<> exportFiles();
    void chooseFolder();
    void setBusy(bool busy);
    void fail(const UserMessage &message, bool cancelled);

    InsightlyTab *m_insightly;
    QSpinBox *m_validityYears = nullptr;
    QLineEdit *m_emails = nullptr;
    QPushButton *m_configure = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    FailurePanel *m_failure = nullptr;
    SamlValuesPanel *m_values = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_exported = nullptr;
    InsightlyHandoffPanel *m_handoff = nullptr;
    SignInTestPanel *m_test = nullptr;
    QPointer<entra::CancelToken> m_cancel;
    bool m_closing = false; // set by the destructor
    entra::ConvergencePolicy m_convergence;
    entra::SamlPanelValues m_panel;
    QString m_certificatePath;
    bool m_configured = false;
    bool m_initialized = false;
};

} // namespace insightly
