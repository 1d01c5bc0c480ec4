#pragma once

#include "entra/GalleryApplication.h"
#include "pages/StepPage.h"

#include <QPointer>
#include <qcorotask.h>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace insightly {

class FailurePanel;
namespace entra {
class CancelToken;
}

// Step 1: finds the Insightly SAML enterprise application, or adds it from the gallery and waits until
// Entra shows it everywhere (GalleryApplication). Starts on entering; Cancel stops it; never a second app.
class AppPage : public StepPage
{
    Q_OBJECT
public:
    explicit AppPage(WizardContext &context, QWidget *parent = nullptr);
    ~AppPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // Tests shorten Entra's replication wait.
    void setConvergencePolicy(const entra::ConvergencePolicy &policy) { m_convergence = policy; }
    bool isRunning() const { return !m_cancel.isNull(); }

private:
    void start();
    void cancel();
    QCoro::Task<> run(bool chooseCandidate);
    void showResult(const entra::GalleryApplicationResult &result);

    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_result = nullptr;
    QComboBox *m_candidates = nullptr;
    QPushButton *m_choose = nullptr;
    FailurePanel *m_failure = nullptr;
    QPointer<entra::CancelToken> m_cancel;
    bool m_closing = false; // set by the destructor
    QList<entra::InsightlyApplication> m_candidateApps;
    entra::ConvergencePolicy m_convergence;
    bool m_done = false;
};

} // namespace insightly
