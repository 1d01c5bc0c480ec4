#include "insightly/ScimProbeCli.h"

#include "insightly/ScimInputs.h"
#include "insightly/ScimProbe.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <qcorotask.h>

namespace insightly {

namespace {

const char *const kTokenVariable = "INSIGHTLY_SCIM_TOKEN";

// The translation context of the command-line texts.
class ScimProbeCli
{
    Q_DECLARE_TR_FUNCTIONS(ScimProbeCli)
};

void printMessage(QTextStream &stream, const UserMessage &m, const QString &indent)
{
    stream << indent << m.what << '\n';
    if (!m.why.isEmpty())
        stream << indent << ScimProbeCli::tr("Cause: ") << m.why << '\n';
    if (!m.action.isEmpty())
        stream << indent << ScimProbeCli::tr("Fix: ")
               << QString(m.action).replace(u'\n', u'\n' + indent + QStringLiteral("     ")) << '\n';
    stream << indent << ScimProbeCli::tr("Code: ") << m.code << '\n';
}

// The secret token: the environment first, else the first line of standard input.
QString readToken(QIODevice *stdinDevice, QString *source)
{
    if (qEnvironmentVariableIsSet(kTokenVariable)) {
        *source = ScimProbeCli::tr("from INSIGHTLY_SCIM_TOKEN");
        return qEnvironmentVariable(kTokenVariable);
    }
    *source = ScimProbeCli::tr("from standard input");
    if (!stdinDevice || (!stdinDevice->isOpen() && !stdinDevice->open(QIODevice::ReadOnly)))
        return {};
    return QString::fromUtf8(stdinDevice->readLine());
}

} // namespace

int runScimProbeCli(const QString &url, QTextStream &out, QTextStream &err, QIODevice *stdinDevice,
                    const ScimProbeCliOptions &options)
{
    const ScimUrlValidation tenantUrl = ScimInputs::validateTenantUrl(url);
    if (!tenantUrl.isValid()) {
        err << ScimProbeCli::tr("Tenant URL refused:") << '\n';
        printMessage(err, tenantUrl.error, QStringLiteral("  "));
        err.flush();
        return 2;
    }
    if (!qEnvironmentVariableIsSet(kTokenVariable)) {
        err << ScimProbeCli::tr("Reading the SCIM token from standard input (or set INSIGHTLY_SCIM_TOKEN)…")
            << '\n';
        err.flush();
    }
    QString source;
    const ScimTokenValidation token = ScimInputs::validateSecretToken(readToken(stdinDevice, &source));
    if (!token.isValid()) {
        err << ScimProbeCli::tr("Secret Token refused (%1):").arg(source) << '\n';
        printMessage(err, token.error, QStringLiteral("  "));
        err.flush();
        return 2;
    }
    for (const UserMessage &note : tenantUrl.notes + token.notes)
        err << ScimProbeCli::tr("Note: ") << note.what << '\n';

    out << ScimProbeCli::tr("Probing %1 with the token %2 (%3)")
               .arg(tenantUrl.url.toString(), ScimInputs::maskedToken(token.token), source)
        << '\n';
    out.flush();
    QNetworkAccessManager network;
    ScimProbeOptions probeOptions;
    probeOptions.checkTimeout = options.checkTimeout;
    ScimProbe probe(&network, probeOptions);
    QObject::connect(&probe, &ScimProbe::checkFinished, &probe, [&out](const ScimCheck &check) {
        out << markOf(check.outcome) << ' ' << check.title;
        if (!check.seen.isEmpty())
            out << " \u2014 " << check.seen;
        if (check.outcome != ScimCheckOutcome::Skipped || check.elapsedMs > 0)
            out << ScimProbeCli::tr(" (%1 ms)").arg(check.elapsedMs);
        out << '\n';
        if (check.failed())
            printMessage(out, check.failure, QStringLiteral("    "));
        out.flush();
    });
    // The CLI mode runs instead of the application's event loop, so waiting here nests nothing.
    const ScimProbeReport report = QCoro::waitFor(probe.run(tenantUrl.url, token.token));
    const bool passed = report.allPassed();
    out << (passed ? ScimProbeCli::tr("All checks passed.") : ScimProbeCli::tr("Some checks failed."))
        << '\n';
    out.flush();
    return passed ? 0 : 1;
}

} // namespace insightly
