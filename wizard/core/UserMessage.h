#pragma once

#include <QMetaType>
#include <QString>

namespace insightly {

// What every failure shown to the admin carries: what failed, why, what to do, and the ids support asks for.
// Built by the one place that maps error codes to words (entra/ErrorCatalog, insightly/…); pages only show it.
struct UserMessage {
    QString what;      // one sentence: what happened
    QString why;       // one sentence: the cause
    QString action;    // what to do (may hold numbered steps separated by '\n')
    QString code;      // the machine code matched (Graph error.code, AADSTS number, QKeychain::Error…)
    QString requestId; // Graph request-id / Entra correlation id, for support
    QString details;   // the original, untranslated message (shown under "Details")

    bool isEmpty() const { return what.isEmpty(); }
    // Multi-line text for the clipboard ("Copy diagnostics"). Redacted with redactSecrets(): never contains a secret.
    QString toDiagnostics() const;
};

// Builds a message from strings the caller has already translated: the tr() calls stay in the caller's class,
// so each string keeps its translation context and the .ts files keep matching. `code` is the untranslated
// machine code (an ASCII constant such as ScimInputCode::UrlEmpty).
UserMessage makeUserMessage(const char *code, const QString &what, const QString &why, const QString &action,
                            const QString &details = {});

} // namespace insightly

Q_DECLARE_METATYPE(insightly::UserMessage)
