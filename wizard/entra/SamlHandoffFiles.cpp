#include "entra/SamlHandoffFiles.h"

#include "core/PrivateFiles.h"

#include "core/SetupStateStore.h"
#include "entra/CertificateReader.h"
#include "entra/ErrorCatalog.h"
#include "entra/SetupOperation_p.h"

#include <QCoro/QCoroNetworkReply>
#include <QDir>
#include <QFileInfo>
#include <QNetworkReply>
#include <QSaveFile>

namespace insightly::entra {

using namespace setupops;

namespace {

EntraCloud samlCloud(Cloud cloud)
{
    switch (cloud) {
    case Cloud::UsGovernment:
        return EntraCloud::UsGovernment;
    case Cloud::China:
        return EntraCloud::China;
    case Cloud::Global:
        break;
    }
    return EntraCloud::Global;
}

HandoffFilesResult failedWith(const OperationFailure &failure)
{
    HandoffFilesResult result;
    static_cast<OperationFailure &>(result) = failure;
    return result;
}

OperationFailure writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && restrictToOwner(file) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    return failure(SamlHandoffFiles::tr("%1 could not be saved.").arg(QDir::toNativeSeparators(path)),
                   file.errorString(), SamlHandoffFiles::tr("Choose another folder and try again."),
                   QStringLiteral("steps.file-write"));
}

struct Download {
    OperationFailure failure;
    QByteArray body;
};

// A plain GET without a token: the metadata is public.
QCoro::Task<Download> download(OperationContext context, QUrl url)
{
    Download result;
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = context.network->get(request);
    if (context.cancel)
        QObject::connect(context.cancel, &CancelToken::cancelled, reply, &QNetworkReply::abort);
    co_await qCoro(reply).waitForFinished();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (context.isCancelled()) {
        result.failure = cancelledFailure();
    } else if (reply->error() != QNetworkReply::NoError && status == 0) {
        result.failure.error = ErrorCatalog::forTransport(
            url.host(), reply->errorString(), reply->error() == QNetworkReply::OperationCanceledError);
    } else if (status != 200) {
        result.failure =
            failure(SamlHandoffFiles::tr("The Federation Metadata XML could not be downloaded."),
                    SamlHandoffFiles::tr("Microsoft Entra answered HTTP %1; a new application or "
                                         "certificate can take a few minutes to be published.")
                        .arg(status),
                    SamlHandoffFiles::tr("Wait a minute and try again, or upload the Certificate "
                                         "(Base64) to Insightly instead."),
                    QStringLiteral("steps.metadata-http"));
    } else {
        result.body = reply->readAll();
    }
    co_return result;
}

} // namespace

SamlPanelValues SamlHandoffFiles::panelValues(const CloudEndpoints &endpoints, const QString &tenantId,
                                              const QString &appId, const QString &thumbprint,
                                              const QDateTime &expiry)
{
    const EntraSamlEndpoints entra = EntraSamlEndpoints::forTenant(tenantId, samlCloud(endpoints.cloud), appId);
    SamlPanelValues values;
    values.loginUrl = entra.loginUrl;
    values.entraIdentifier = entra.entraIdentifier;
    values.logoutUrl = entra.logoutUrl;
    values.federationMetadataUrl = entra.federationMetadataUrl;
    values.thumbprint = thumbprint;
    values.expiry = expiry;
    return values;
}

QCoro::Task<HandoffFilesResult> SamlHandoffFiles::exportFiles(OperationContext context, Options options)
{
    if (const OperationFailure missing = missingInputs(context, true); missing.failed())
        co_return failedWith(missing);
    const SetupState state = context.setup->state();
    const QString thumbprint = SigningCertificate::normalizedThumbprint(
        options.thumbprint.isEmpty() ? state.certificateThumbprint : options.thumbprint);
    if (thumbprint.isEmpty())
        co_return failedWith(failure(tr("There is no active signing certificate yet."),
                                     tr("The files carry the certificate Microsoft Entra signs with."),
                                     tr("Complete the certificate step first."),
                                     QStringLiteral("steps.no-certificate")));
    if (options.metadata && !context.network)
        co_return failedWith(failure(tr("The Federation Metadata XML cannot be downloaded."),
                                     tr("The wizard has no network connection object."),
                                     tr("Restart the wizard."), QStringLiteral("steps.no-network")));

    const QDir folder(options.folder);
    if (options.folder.isEmpty() || !folder.exists())
        co_return failedWith(
            failure(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(options.folder)),
                    tr("The files are saved into an existing folder."), tr("Choose another folder."),
                    QStringLiteral("steps.no-folder")));
    HandoffFilesResult result;
    const QString certificatePath = options.certificate ? folder.filePath(kCertificateFileName) : QString();
    const QString metadataPath = options.metadata ? folder.filePath(kMetadataFileName) : QString();
    // Checked before anything is written, so that a refusal leaves no half-done export.
    for (const QString &path : {certificatePath, metadataPath})
        if (!path.isEmpty() && QFileInfo::exists(path) && !options.overwrite)
            co_return failedWith(failure(tr("%1 already exists.").arg(QDir::toNativeSeparators(path)),
                                         tr("The wizard does not replace files without asking."),
                                         tr("Allow replacing it, or choose another folder."),
                                         QStringLiteral("steps.file-exists")));

    // The certificate's DER must be the one named: from the listing at hand when it is that one, else read.
    const auto carries = [&thumbprint](const TokenSigningCertificate *c) {
        return c && !c->certificate.isNull() && c->certificate.thumbprint() == thumbprint;
    };
    TokenSigningCertificate certificate;
    if (options.listed && options.listed->thumbprint == thumbprint && carries(&*options.listed)) {
        certificate = *options.listed;
    } else {
        context.report(tr("Reading the signing certificate from Microsoft Entra…"));
        const CertificateInventory inventory = co_await CertificateReader::read(context);
        if (inventory.failed())
            co_return failedWith(inventory);
        const TokenSigningCertificate *found = inventory.find(thumbprint);
        if (!carries(found))
            co_return failedWith(
                failure(tr("The signing certificate %1 was not found on the application.").arg(thumbprint),
                        tr("It was removed or replaced since it was chosen."),
                        tr("Go back to the certificate step and run it again."),
                        QStringLiteral("steps.certificate-unknown")));
        certificate = *found;
    }
    const QByteArray cer = certificate.certificate.toBase64Cer();

    QByteArray xml;
    if (options.metadata) {
        const SamlPanelValues panel = panelValues(context.graph->endpoints(), state.tenantId, state.appId);
        context.report(tr("Downloading the Federation Metadata XML…"));
        const Download downloaded = co_await download(context, panel.federationMetadataUrl);
        if (downloaded.failure.failed())
            co_return failedWith(downloaded.failure);
        const FederationMetadataResult parsed = FederationMetadata::parse(downloaded.body);
        if (!parsed.ok())
            co_return failedWith(OperationFailure{parsed.error, false});
        if (!parsed.metadata.containsCertificate(thumbprint))
            co_return failedWith(
                failure(tr("Microsoft Entra has not published the active certificate yet."),
                        tr("The Federation Metadata XML still carries another signing certificate."),
                        tr("Wait a minute and try again, or upload the Certificate (Base64) to "
                           "Insightly instead."),
                        QStringLiteral("steps.metadata-stale")));
        xml = downloaded.body;
    }

    if (!certificatePath.isEmpty()) {
        if (const OperationFailure written = writeFile(certificatePath, cer); written.failed())
            co_return failedWith(written);
        result.certificatePath = certificatePath;
    }
    if (!metadataPath.isEmpty()) {
        if (const OperationFailure written = writeFile(metadataPath, xml); written.failed())
            co_return failedWith(written);
        result.metadataPath = metadataPath;
    }
    const QDateTime expiry =
        certificate.endDateTime.isValid() ? certificate.endDateTime : state.certificateExpiry;
    result.panel = panelValues(context.graph->endpoints(), state.tenantId, state.appId, thumbprint, expiry);
    context.report(
        tr("The files for Insightly are saved in %1.").arg(QDir::toNativeSeparators(options.folder)));
    co_return result;
}

} // namespace insightly::entra
