#include "entra/ErrorCatalog.h"
#include "entra/ErrorCatalog_p.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace insightly::entra {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorCatalog", text);
}

bool hasKey(const catalog::Row &row, const QString &key)
{
    if (key.isEmpty())
        return false;
    const QStringList keys = QString::fromLatin1(row.keys).split(u' ', Qt::SkipEmptyParts);
    return keys.contains(key, Qt::CaseInsensitive);
}

QString fill(QString text, const ErrorCatalog::Context &context)
{
    text.replace(QLatin1String("{consentUrl}"), context.adminConsentUrl.toString());
    text.replace(QLatin1String("{redirectUri}"), context.redirectUri);
    text.replace(QLatin1String("{clientId}"), context.clientId);
    text.replace(QLatin1String("{tenant}"), context.tenant);
    return text;
}

UserMessage fromRow(const catalog::Row &row, const QString &code, const ErrorCatalog::Context &context = {})
{
    UserMessage m;
    m.what = fill(tr(row.what), context);
    m.why = fill(tr(row.why), context);
    m.action = fill(tr(row.action), context);
    m.code = code;
    return m;
}

// The row that explains an error, from either table. Each candidate code, in the caller's order of
// preference, is tried against the rows of that code: first one whose message pattern matches (and whose
// status fits), then one without a pattern whose status fits, then one without a pattern for any status; last
// comes a row for the HTTP status alone (Graph's gateways answer without a code). `code`, if given, receives
// the candidate that matched.
const catalog::Row *matchRow(std::span<const catalog::Row> rows, const QStringList &codes, int httpStatus,
                             const QString &message, QString *code = nullptr)
{
    const auto statusFits = [httpStatus](const catalog::Row &row) {
        return row.httpStatus == 0 || row.httpStatus == httpStatus;
    };
    const auto messageFits = [&message](const catalog::Row &row) {
        return QRegularExpression(QLatin1String(row.messagePattern),
                                  QRegularExpression::CaseInsensitiveOption)
            .match(message)
            .hasMatch();
    };
    const auto first = [rows](auto fits) -> const catalog::Row * {
        const auto it = std::find_if(rows.begin(), rows.end(), fits);
        return it == rows.end() ? nullptr : &*it;
    };
    for (const QString &candidate : codes) {
        const catalog::Row *row = first([&](const catalog::Row &r) {
            return r.messagePattern && hasKey(r, candidate) && statusFits(r) && messageFits(r);
        });
        if (!row)
            row = first([&](const catalog::Row &r) {
                return !r.messagePattern && hasKey(r, candidate) && statusFits(r);
            });
        if (!row)
            row = first([&](const catalog::Row &r) { return !r.messagePattern && hasKey(r, candidate); });
        if (row) {
            if (code)
                *code = candidate;
            return row;
        }
    }
    return first(
        [httpStatus](const catalog::Row &r) { return r.keys[0] == '\0' && r.httpStatus == httpStatus; });
}

} // namespace

UserMessage ErrorCatalog::forSignIn(const TokenError &error, const Context &context)
{
    if (error.cancelled)
        return cancelled();
    if (error.error.isEmpty() && (!error.networkError.isEmpty() || error.timedOut)) {
        UserMessage m = forTransport(context.adminConsentUrl.host(), error.networkError, error.timedOut);
        m.what = tr(QT_TRANSLATE_NOOP("ErrorCatalog", "Couldn't reach Microsoft sign-in."));
        return m;
    }
    // The AADSTS numbers are more precise than the OAuth error value.
    QStringList codes;
    for (int number : error.codes)
        codes << QStringLiteral("AADSTS") + QString::number(number);
    codes << error.error;
    QString code;
    const catalog::Row *match = matchRow(catalog::signInRows(), codes, 0, error.description, &code);
    UserMessage m;
    if (match) {
        m = fromRow(*match, code, context);
    } else {
        m.what = tr(QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft sign-in failed."));
        m.why = tr(QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft returned an error the wizard doesn't know."));
        m.action = tr(QT_TRANSLATE_NOOP("ErrorCatalog", "Try signing in again. If it keeps failing, send the "
                                                        "diagnostics (with the correlation ID) to support."));
        m.code = error.codes.isEmpty() ? error.error
                                       : QStringLiteral("AADSTS") + QString::number(error.codes.constFirst());
    }
    m.requestId = !error.correlationId.isEmpty() ? error.correlationId : error.traceId;
    m.details = error.description.isEmpty() ? error.error : error.description;
    if (!error.traceId.isEmpty() && !m.details.contains(error.traceId))
        m.details += QStringLiteral("\ntrace id: ") + error.traceId;
    return m;
}

UserMessage ErrorCatalog::forGraph(int httpStatus, const QString &code, const QString &message,
                                   const QString &requestId)
{
    UserMessage m;
    if (const catalog::Row *row = matchRow(catalog::graphRows(), {code}, httpStatus, message)) {
        m = fromRow(*row, code.isEmpty() ? QString::number(httpStatus) : code);
    } else {
        m.what = tr(QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft Graph rejected the request."));
        m.why = tr(QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft Graph answered with HTTP status %1."))
                    .arg(httpStatus);
        m.action = tr(QT_TRANSLATE_NOOP("ErrorCatalog", "Retry the step. If it keeps failing, send the "
                                                        "diagnostics (with the request ID) to support."));
        m.code = code.isEmpty() ? QString::number(httpStatus) : code;
    }
    m.requestId = requestId;
    m.details = message;
    return m;
}

UserMessage ErrorCatalog::forProvisioning(const QString &code, const QString &message,
                                          const QString &requestId)
{
    static const QRegularExpression nested(QStringLiteral("SystemForCrossDomainIdentityManagement\\w+"));
    QString effective = code;
    const QString inner = nested.match(message).captured(0);
    // A wrapper code (CredentialValidationUnavailable) is less precise than the SCIM code nested in its text.
    if (!inner.isEmpty() && !code.startsWith(QLatin1String("SystemForCrossDomainIdentityManagement")))
        effective = inner;
    return forGraph(0, effective, message, requestId);
}

UserMessage ErrorCatalog::forTransport(const QString &host, const QString &errorText, bool timedOut,
                                       const QString &requestId)
{
    UserMessage m;
    m.what = host.isEmpty()
                 ? tr(QT_TRANSLATE_NOOP("ErrorCatalog", "The wizard couldn't reach Microsoft."))
                 : tr(QT_TRANSLATE_NOOP("ErrorCatalog", "The wizard couldn't reach %1.")).arg(host);
    m.why = timedOut ? tr(QT_TRANSLATE_NOOP("ErrorCatalog", "The server didn't answer in time."))
                     : tr(QT_TRANSLATE_NOOP("ErrorCatalog", "The connection failed: %1.")).arg(errorText);
    m.action = tr(QT_TRANSLATE_NOOP("ErrorCatalog", "Check your network connection and proxy settings, then "
                                                    "retry."));
    m.code = timedOut ? QStringLiteral("timeout") : QStringLiteral("network");
    m.requestId = requestId;
    m.details = errorText;
    return m;
}

UserMessage ErrorCatalog::cancelled()
{
    UserMessage m;
    m.what = tr(QT_TRANSLATE_NOOP("ErrorCatalog", "The operation was cancelled."));
    m.code = QStringLiteral("cancelled");
    return m;
}

} // namespace insightly::entra
