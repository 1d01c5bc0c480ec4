#pragma once

#include "core/UserMessage.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <span>

namespace insightly::entra {

// What the error areas (SignInErrors, GraphErrors) share: a table that turns an error code into
// what/why/action, and the rule that picks a row. Texts are translated in the "ErrorCatalog" context.
class ErrorTable
{
public:
    // One row. `keys` holds space-separated codes (AADSTS numbers as "AADSTS50011", OAuth error values,
    // Graph error.code values); none for a row that matches an HTTP status alone. Texts are
    // QT_TRANSLATE_NOOP("ErrorCatalog", …) and may hold {consentUrl}, {redirectUri}, {clientId}, {tenant}.
    struct Row {
        const char *keys;
        int httpStatus;             // 0 = any status (Graph rows only)
        const char *messagePattern; // regular expression on the message, or nullptr
        const char *what;
        const char *why;
        const char *action;
    };

    // What fills the placeholders in a row's texts: the admin-consent link, the redirect URI, the client id,
    // the tenant.
    struct Placeholders {
        QString tenant;
        QString clientId;
        QString redirectUri;
        QUrl adminConsentUrl;
    };

    // The row that explains an error. Each candidate code, in the caller's order of preference, is tried
    // against the rows of that code: first one whose message pattern matches (and whose status fits), then
    // one without a pattern whose status fits, then one without a pattern for any status; last comes a row
    // for the HTTP status alone (Graph's gateways answer without a code). `code`, if given, receives the
    // candidate that matched.
    static const Row *match(std::span<const Row> rows, const QStringList &codes, int httpStatus,
                            const QString &message, QString *code = nullptr);
    // The row's texts, translated and filled in, with `code`.
    static UserMessage message(const Row &row, const QString &code, const Placeholders &placeholders = {});
    // `text` translated in the "ErrorCatalog" context.
    static QString translated(const char *text);
};

} // namespace insightly::entra
