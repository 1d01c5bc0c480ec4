#pragma once

#include "entra/GalleryApplication.h"
#include "entra/SetupOperation.h"
#include "flows/FlowContext.h"

#include <QObject>
#include <QPointer>
#include <qcorotask.h>

namespace insightly {

// Step 1: finds the Insightly SAML enterprise application, or adds it from the gallery and waits until Entra
// shows it everywhere (GalleryApplication) — never a second app. When several exist, the admin chooses one
// (candidates()); the wizard does not pick. The app's ids go to SetupState, so a new flow finds it again.
class AppFlow : public QObject
{
    Q_OBJECT
public:
    explicit AppFlow(FlowContext context, QObject *parent = nullptr);
    ~AppFlow() override;

    void setConvergencePolicy(const entra::ConvergencePolicy &policy) { m_convergence = policy; }
    bool isRunning() const { return !m_cancel.isNull(); }
    bool isDone() const { return m_done; }
    // The apps to choose from after a run that found several.
    const QList<entra::InsightlyApplication> &candidates() const { return m_candidates; }

    // Finds or adds the app.
    QCoro::Task<entra::GalleryApplicationResult> run();
    // Uses candidates()[index].
    QCoro::Task<entra::GalleryApplicationResult> choose(int index);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void started();
    void progressChanged(const QString &sentence);
    void finished(const insightly::entra::GalleryApplicationResult &result);

private:
    QCoro::Task<entra::GalleryApplicationResult> execute(std::optional<entra::InsightlyApplication> choice);

    FlowContext m_context;
    entra::ConvergencePolicy m_convergence;
    QPointer<entra::CancelToken> m_cancel;
    QList<entra::InsightlyApplication> m_candidates;
    bool m_done = false;
    bool m_closing = false; // set by the destructor
};

} // namespace insightly
