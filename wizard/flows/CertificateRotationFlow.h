#pragma once

#include "core/SetupState.h"
#include "core/UserMessage.h"
#include "entra/SetupOperation.h"
#include "entra/SigningCertificates.h"
#include "flows/FlowContext.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <qcorotask.h>

namespace insightly {

class CertificateHandoff;

// Re-run: rotate the SAML signing certificate of an existing setup. Insightly holds one certificate, so the
// rotation is a short cut-over: a new certificate is created inactive and exported (with the current one, for
// a rollback), the admin uploads it in Insightly, activates it at once, tests one sign-in, then removes the
// old certificate — or rolls back. Each step is saved in SetupState::certificateRotation as soon as Entra
// answered, so that load() on a new flow resumes an interrupted rotation where it stopped.
class CertificateRotationFlow : public QObject
{
    Q_OBJECT
public:
    enum class Stage {
        Reading,    // looking for the setup and its certificates
        NoSetup,    // no app or no active certificate: nothing to rotate (failed() said why)
        Ready,      // the current certificate is known; no new one yet
        Created,    // a new inactive certificate exists and was exported: upload it, then activate
        Activated,  // the new one signs; test, then remove the old one (or roll back)
        Removed,    // done: only the new certificate is left
        RolledBack, // the previous certificate signs again
    };
    Q_ENUM(Stage)

    explicit CertificateRotationFlow(FlowContext context, QObject *parent = nullptr);
    ~CertificateRotationFlow() override;

    void setConvergencePolicy(const entra::ConvergencePolicy &policy) { m_convergence = policy; }
    // Where the certificate files go (the new one, and the previous one in a subfolder). Saved in SetupState.
    void setExportFolder(const QString &folder) { m_folder = folder; }
    QString exportFolder() const { return m_folder; }
    // The folder saved by an earlier run, if any.
    QString savedExportFolder() const;

    Stage stage() const { return m_stage; }
    bool isRunning() const { return !m_cancel.isNull(); }
    QString previousThumbprint() const { return m_previousThumbprint; }
    QString newThumbprint() const { return m_newThumbprint; }
    QString certificatePath() const { return m_newCertificatePath; }
    QString previousCertificatePath() const { return m_previousCertificatePath; }
    // The file the admin uploads to Insightly now: the previous one after a rollback, else the new one.
    QString fileToUpload() const
    {
        return m_stage == Stage::RolledBack ? m_previousCertificatePath : m_newCertificatePath;
    }

    // Reads the setup and its certificates and resumes a saved rotation (exporting its files again).
    QCoro::Task<> load();
    // Creates the new certificate (inactive) and exports it; when it exists already, exports the files again.
    QCoro::Task<> create(int validityDays);
    QCoro::Task<bool> exportFiles();
    QCoro::Task<> activate();
    QCoro::Task<> removeOld();
    QCoro::Task<> rollback();

public Q_SLOTS:
    void cancel(); // the running operation stops at its next step; the saved progress stays
    // Records in the setup's journal what Insightly's settings page shows as the hand-off learns it.
    void followHandoff(CertificateHandoff *handoff);

Q_SIGNALS:
    void stageChanged(insightly::CertificateRotationFlow::Stage stage);
    void runningChanged(bool running);
    void progressChanged(const QString &sentence);
    void failed(const insightly::UserMessage &message); // an operation did not finish (not on cancel)
    void failureCleared();
    void inventoryRead(const insightly::entra::CertificateInventory &inventory);
    void folderRefused(); // the export folder is empty or cannot be made
    void filesExported(const QString &newCertificatePath, const QString &previousCertificatePath);
    void resultChanged(const QString &richText); // the outcome of the rotation; empty clears it

private:
    entra::OperationContext begin(const QString &sentence);
    bool end(const entra::OperationFailure &result);
    bool alive() const { return !m_destroying; }
    bool folderUsable() const;
    void saveRotation(const std::function<void(SetupState::CertificateRotation &)> &change);
    void setStage(Stage stage);
    QCoro::Task<> readAgain(entra::OperationContext operation);

    FlowContext m_context;
    entra::ConvergencePolicy m_convergence;
    QPointer<entra::CancelToken> m_cancel;
    Stage m_stage = Stage::Reading;
    QString m_folder;
    QString m_previousThumbprint;
    QString m_newThumbprint;
    QString m_newCertificatePath;
    QString m_previousCertificatePath;
    bool m_destroying = false; // a cancelled operation may resume inside the destructor: touch nothing then
};

} // namespace insightly
