#pragma once

#include "flows/SignInTestFlow.h"

#include <QGroupBox>
#include <qcorotask.h>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace insightly {

class EmbeddedBrowser;
class FailurePanel;
class InfoLabel;
class InsightlyTab;
class WizardContext;

// The sign-in test before enforcing, around SignInTestFlow (which assigns the admin, judges the captured SAML
// response and where Insightly took the browser, and saves the verdict): the panel owns the test's embedded
// browser (the page shows it in its browser pane: browser(), browserWanted()), forwards what it sees to the
// flow and shows the checklist. Only after a pass does it ask the admin to tick Enforce SAML Login, and
// confirm they did.
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
    void setOffersEnforce(bool offers);
    SignInTestFlow *flow() const { return m_flow; }
    // The test's browser, for the page's browser pane (the panel does not lay it out).
    EmbeddedBrowser *browser() const { return m_browser; }
    // LOCKOUT CHECK SLOT: the area just above the request to tick Enforce SAML Login. A lockout check panel
    // (Insightly users vs Entra assignments) goes here, so the admin sees it before enforcing.
    QVBoxLayout *beforeEnforceArea() const { return m_beforeEnforce; }
    // The request to tick Enforce SAML Login, its confirmation and its status: inside the panel unless a page
    // moves it where it stays in view.
    QWidget *enforcePanel() const { return m_enforcePanel; }

signals:
    void stateChanged();
    void browserWanted();   // the test's browser is loading the sign-in: show it
    void insightlyWanted(); // the admin is to tick Enforce SAML Login in the Insightly tab: show it

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
    InfoLabel *m_status = nullptr;
    QTreeWidget *m_results = nullptr;
    FailurePanel *m_failure = nullptr;
    EmbeddedBrowser *m_browser = nullptr;
    QVBoxLayout *m_beforeEnforce = nullptr;
    QWidget *m_enforcePanel = nullptr;
    InfoLabel *m_enforceSteps = nullptr;
    QCheckBox *m_enforceConfirm = nullptr;
    QPushButton *m_enforceCheck = nullptr;
    InfoLabel *m_enforceStatus = nullptr;
    bool m_closing = false; // set by the destructor
    bool m_offersEnforce = true;
    bool m_enforceConfirmed = false;
};

} // namespace insightly
