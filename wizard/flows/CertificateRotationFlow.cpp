#include "flows/CertificateRotationFlow.h"

#include "flows/InsightlyJournal.h"

#include "core/SetupStateStore.h"
#include "entra/CancelToken.h"
#include "entra/CertificateActivation.h"
#include "entra/CertificateCleanup.h"
#include "entra/CertificateReader.h"
#include "entra/GalleryApplication.h"
#include "entra/SamlHandoffFiles.h"
#include "flows/FlowLog.h"

#include <QDir>

namespace insightly {

namespace {

entra::OperationFailure problem(const QString &what, const QString &why, const QString &action,
                                const QString &code)
{
    entra::OperationFailure failure;
    failure.error.what = what;
    failure.error.why = why;
    failure.error.action = action;
    failure.error.code = code;
    return failure;
}

} // namespace

CertificateRotationFlow::CertificateRotationFlow(FlowContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
}

CertificateRotationFlow::~CertificateRotationFlow()
{
    m_destroying = true;
    cancel();
}

void CertificateRotationFlow::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

QString CertificateRotationFlow::savedExportFolder() const
{
    if (!m_context.setup)
        return {};
    const auto &rotation = m_context.setup->state().certificateRotation;
    return rotation ? rotation->exportFolder : QString();
}

entra::OperationContext CertificateRotationFlow::begin(const QString &sentence)
{
    auto *token = new entra::CancelToken(this);
    m_cancel = token;
    Q_EMIT failureCleared();
    Q_EMIT progressChanged(sentence);
    Q_EMIT runningChanged(true);
    QPointer<CertificateRotationFlow> self(this);
    auto progress = [self](const QString &text) {
        if (self && self->alive())
            Q_EMIT self->progressChanged(text);
    };
    return m_context.operation(token, progress, m_convergence);
}

bool CertificateRotationFlow::end(const entra::OperationFailure &result)
{
    if (m_cancel)
        m_cancel->deleteLater();
    m_cancel.clear();
    if (result.cancelled) {
        Q_EMIT progressChanged(tr("Cancelled. Start again to continue where it stopped."));
    } else if (result.failed()) {
        Q_EMIT progressChanged(tr("This step of the rotation did not finish."));
        Q_EMIT failed(result.error);
        qCWarning(lcFlows) << "certificate rotation step failed:" << result.error.code
                           << result.error.requestId;
    }
    Q_EMIT runningChanged(false);
    return !result.failed();
}

bool CertificateRotationFlow::folderUsable() const
{
    return !m_folder.trimmed().isEmpty() && QDir().mkpath(m_folder.trimmed());
}

void CertificateRotationFlow::saveRotation(
    const std::function<void(SetupState::CertificateRotation &)> &change)
{
    m_context.setup->update([&](SetupState &state) {
        SetupState::CertificateRotation rotation =
            state.certificateRotation.value_or(SetupState::CertificateRotation{});
        change(rotation);
        state.certificateRotation = rotation;
    });
}

void CertificateRotationFlow::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

QCoro::Task<> CertificateRotationFlow::readAgain(entra::OperationContext operation)
{
    QPointer<CertificateRotationFlow> self(this);
    entra::CertificateInventory inventory = co_await entra::CertificateReader::read(operation);
    if (!self || !alive() || !inventory.ok())
        co_return;
    // Graph accepted the removal; a replica that has not seen it yet still lists the old key for a while.
    // What the admin reads follows what the wizard did, not the lagging replica.
    if (m_stage == Stage::Removed)
        inventory.certificates.removeIf([this](const entra::TokenSigningCertificate &c) {
            return c.thumbprint == m_previousThumbprint && !c.active;
        });
    Q_EMIT inventoryRead(inventory);
}

QCoro::Task<> CertificateRotationFlow::load()
{
    QPointer<CertificateRotationFlow> self(this);
    m_context.ensureSetupTenant();
    setStage(Stage::Reading);
    entra::OperationContext operation = begin(tr("Looking for the existing setup…"));
    if (m_context.setup->state().servicePrincipalId.isEmpty()) {
        const entra::GalleryApplicationResult app =
            co_await entra::GalleryApplication::findExisting(operation);
        if (!self || !alive())
            co_return;
        if (app.outcome == entra::GalleryApplicationResult::Outcome::ChooseOne) {
            end(problem(
                tr("Several Insightly SAML applications exist in this tenant."),
                tr("The wizard cannot tell which one Insightly signs in with."),
                tr("Run a new setup and choose the application in step 1; then rotate its certificate."),
                QStringLiteral("rotate.several-apps")));
            setStage(Stage::NoSetup);
            co_return;
        }
        if (!end(app)) {
            setStage(Stage::NoSetup);
            co_return;
        }
        operation = begin(tr("Reading the SAML signing certificates…"));
    }
    const entra::CertificateInventory inventory = co_await entra::CertificateReader::read(operation);
    if (!self || !alive())
        co_return;
    if (!end(inventory)) {
        setStage(Stage::NoSetup);
        co_return;
    }

    // Where the last run stopped, checked against what Entra holds now (someone may have changed it since).
    const std::optional<SetupState::CertificateRotation> saved = m_context.setup->state().certificateRotation;
    const entra::TokenSigningCertificate *active = inventory.active();
    const entra::TokenSigningCertificate *fresh = saved ? inventory.find(saved->newThumbprint) : nullptr;
    Stage stage = Stage::Ready;
    if (fresh && fresh->active) {
        m_newThumbprint = fresh->thumbprint;
        m_previousThumbprint = saved->previousThumbprint;
        stage = inventory.find(m_previousThumbprint) ? Stage::Activated : Stage::Removed;
        if (stage == Stage::Removed)
            m_context.setup->update([](SetupState &state) { state.certificateRotation.reset(); });
    } else if (fresh && active) {
        m_newThumbprint = fresh->thumbprint;
        m_previousThumbprint = active->thumbprint;
        saveRotation([&](SetupState::CertificateRotation &r) {
            r.previousThumbprint = m_previousThumbprint;
            r.activatedAt = {};
        });
        stage = Stage::Created;
    } else {
        if (saved) // the new certificate is gone: that rotation is over
            m_context.setup->update([](SetupState &state) { state.certificateRotation.reset(); });
        m_newThumbprint.clear();
        m_previousThumbprint = active ? active->thumbprint : QString();
    }
    Q_EMIT inventoryRead(inventory);
    if (!active && stage != Stage::Activated) {
        end(problem(tr("The Insightly SAML application has no active signing certificate."),
                    tr("There is nothing to rotate: Entra does not sign Insightly sign-ins yet."),
                    tr("Run a new setup: its step 2 creates and activates the signing certificate."),
                    QStringLiteral("rotate.no-active-certificate")));
        setStage(Stage::NoSetup);
        co_return;
    }
    setStage(stage);
    switch (stage) {
    case Stage::Created:
    case Stage::Activated: // the files again, so that a rollback can name the previous certificate
        co_await exportFiles();
        break;
    case Stage::Removed:
        Q_EMIT resultChanged(
            tr("<b>The rotation is complete.</b> Entra signs with %1.").arg(m_newThumbprint));
        break;
    default:
        Q_EMIT progressChanged(tr("Choose the validity, then create the new certificate."));
    }
}

QCoro::Task<> CertificateRotationFlow::create(int validityDays)
{
    QPointer<CertificateRotationFlow> self(this);
    if (!folderUsable()) {
        Q_EMIT folderRefused();
        co_return;
    }
    const QString folder = m_folder.trimmed();
    saveRotation([&](SetupState::CertificateRotation &r) { r.exportFolder = folder; });
    if (m_stage == Stage::Created || m_stage == Stage::RolledBack) {
        co_await exportFiles(); // the certificate exists: only the files are made again
        co_return;
    }
    entra::SigningCertificates::Options options;
    options.validityDays = validityDays;
    const entra::OperationContext operation = begin(tr("Creating the new signing certificate…"));
    const entra::CertificateResult created =
        co_await entra::SigningCertificates::createForRotation(operation, options);
    if (!self || !alive() || !end(created))
        co_return;
    m_newThumbprint = created.certificate.thumbprint;
    m_previousThumbprint = created.previousThumbprint;
    saveRotation([&](SetupState::CertificateRotation &r) {
        r.previousThumbprint = m_previousThumbprint;
        r.newThumbprint = m_newThumbprint;
        r.activatedAt = {};
    });
    setStage(Stage::Created);
    co_await exportFiles();
}

QCoro::Task<bool> CertificateRotationFlow::exportFiles()
{
    QPointer<CertificateRotationFlow> self(this);
    if (!folderUsable()) {
        Q_EMIT folderRefused();
        co_return false;
    }
    const QString folder = m_folder.trimmed();
    const entra::OperationContext operation = begin(tr("Exporting the new certificate (Base64)…"));
    entra::SamlHandoffFiles::Options options;
    options.folder = folder;
    options.metadata = false; // Entra publishes only the active certificate in its metadata
    options.overwrite = true; // the wizard's own files: a re-run refreshes them
    options.thumbprint = m_newThumbprint;
    const entra::HandoffFilesResult fresh = co_await entra::SamlHandoffFiles::exportFiles(operation, options);
    if (!self || !alive())
        co_return false;
    if (fresh.failed()) {
        end(fresh);
        co_return false;
    }
    // The current certificate too: after a rollback the admin uploads it to Insightly again.
    options.folder = QDir(folder).filePath(tr("Previous certificate"));
    options.thumbprint = m_previousThumbprint;
    QDir().mkpath(options.folder);
    const entra::HandoffFilesResult previous =
        co_await entra::SamlHandoffFiles::exportFiles(operation, options);
    if (!self || !alive() || !end(previous))
        co_return false;
    const bool firstExport = m_newCertificatePath.isEmpty();
    m_newCertificatePath = fresh.certificatePath;
    m_previousCertificatePath = previous.certificatePath;
    if (firstExport)
        InsightlyJournal(m_context.setup).askedToUploadCertificate(m_newThumbprint, true);
    Q_EMIT filesExported(m_newCertificatePath, m_previousCertificatePath);
    if (m_stage == Stage::Activated)
        Q_EMIT progressChanged(tr("The new certificate is active. Test one sign-in, then remove the old "
                                  "certificate — or roll back."));
    else if (m_stage == Stage::RolledBack)
        Q_EMIT progressChanged(
            tr("Exported. Upload the previous certificate in Insightly again, or upload the new "
               "one and activate it to retry."));
    else
        Q_EMIT progressChanged(
            tr("Upload the new certificate in the Insightly tab, then activate it here at once."));
    co_return true;
}

QCoro::Task<> CertificateRotationFlow::activate()
{
    QPointer<CertificateRotationFlow> self(this);
    const entra::OperationContext operation = begin(tr("Activating the new certificate…"));
    const QString thumbprint = m_newThumbprint;
    const entra::CertificateResult activated =
        co_await entra::CertificateActivation::activate(operation, thumbprint);
    if (!self || !alive() || !end(activated))
        co_return;
    saveRotation([](SetupState::CertificateRotation &r) { r.activatedAt = QDateTime::currentDateTimeUtc(); });
    Q_EMIT resultChanged(QString());
    Q_EMIT progressChanged(tr("The new certificate is active: Entra signs with it. Test one sign-in now."));
    setStage(Stage::Activated);
    co_await readAgain(operation);
}

QCoro::Task<> CertificateRotationFlow::removeOld()
{
    QPointer<CertificateRotationFlow> self(this);
    const entra::OperationContext operation = begin(tr("Removing the old certificate…"));
    const QStringList old{m_previousThumbprint};
    const entra::CertificateResult removed =
        co_await entra::CertificateCleanup::removeCertificates(operation, old);
    if (!self || !alive() || !end(removed))
        co_return;
    m_context.setup->update([](SetupState &state) { state.certificateRotation.reset(); });
    Q_EMIT progressChanged(tr("The old certificate is removed."));
    Q_EMIT resultChanged(tr("<b>The rotation is complete.</b> Entra signs with the new certificate %1, which "
                            "Insightly holds; the old certificate %2 is removed from the application.")
                             .arg(m_newThumbprint, m_previousThumbprint));
    setStage(Stage::Removed);
    co_await readAgain(operation);
}

QCoro::Task<> CertificateRotationFlow::rollback()
{
    QPointer<CertificateRotationFlow> self(this);
    const entra::OperationContext operation = begin(tr("Going back to the previous certificate…"));
    const QString previous = m_previousThumbprint;
    const entra::CertificateResult restored =
        co_await entra::CertificateActivation::rollback(operation, previous);
    if (!self || !alive() || !end(restored))
        co_return;
    saveRotation([](SetupState::CertificateRotation &r) { r.activatedAt = {}; });
    Q_EMIT progressChanged(tr("Rolled back: Entra signs with the previous certificate again."));
    Q_EMIT resultChanged(
        tr("<b>Rolled back.</b> Entra signs with the previous certificate %1 again. <b>Now upload the "
           "previous "
           "certificate back in Insightly</b> (%2): Insightly still holds the new one, so sign-ins fail "
           "until "
           "you do. The new certificate stays on the application, not active: run the rotation again to "
           "retry "
           "with it.")
            .arg(m_previousThumbprint, QDir::toNativeSeparators(m_previousCertificatePath).toHtmlEscaped()));
    setStage(Stage::RolledBack);
    co_await readAgain(operation);
}

void CertificateRotationFlow::followHandoff(CertificateHandoff *handoff)
{
    InsightlyJournal(m_context.setup).follow(handoff);
}

} // namespace insightly
