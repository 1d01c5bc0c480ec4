#pragma once

#include "flows/SignInTestFlow.h"

#include <QGroupBox>
#include <qcorotask.h>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace insightly {

class EmbeddedBrowser;
class FailurePanel;
class InsightlyTab;
class WizardContext;

// The sign-in test before enforcing, around SignInTestFlow (which assigns the admin, judges the captured SAML
// response and where Insightly took the browser, and saves the verdict): the panel hosts the embedded
// browser, forwards what it sees to the flow and shows the checklist. Only after a pass does it ask the admin
// to tick Enforce SAML Login, and confirm they did.
class SignInTestPanel : public QGroupBox
{
    Q_OBJECT
public:
    SignInTestPanel(WizardContext &context, InsightlyTab *insightlyTab, QWidget *parent = nullptr);
    ~SignInTestPanel() override;

    void setConvergencePolicy(const entra::ConvergencePolicy &policy)
    {
        m_flow->setConvergencePolicy(policy);
    }
    bool passed() const { return m_flow->passed(); }
    bool enforceConfirmed() const { return m_enforceConfirmed; }
    // After a passing test, ask the admin to tick Enforce SAML Login (new setup) — not when it is on already
    // (certificate rotation).
    void setOffersEnforce(bool offers) { m_offersEnforce = offers; }
    SignInTestFlow *flow() const { return m_flow; }

signals:
    void stateChanged();

private:
    void startTest();
    QCoro::Task<> prepareAndOpen(QString insightlyThumbprint);
    void readRefusingPage(const QUrl &url, bool httpError);
    void showVerdict(const SignInTestFlow::Verdict &verdict);
    void showRows(const QList<SamlCheckRow> &rows);
    void confirmEnforce();
    void setEnforced();

    SignInTestFlow *m_flow;
    InsightlyTab *m_insightly;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_results = nullptr;
    FailurePanel *m_failure = nullptr;
    EmbeddedBrowser *m_browser = nullptr;
    QLabel *m_enforceSteps = nullptr;
    QCheckBox *m_enforceConfirm = nullptr;
    QPushButton *m_enforceCheck = nullptr;
    QLabel *m_enforceStatus = nullptr;
    bool m_closing = false; // set by the destructor
    bool m_offersEnforce = true;
    bool m_enforceConfirmed = false;
};

} // namespace insightly
