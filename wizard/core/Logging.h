#pragma once

#include "core/LogCategories.h"
#include "core/SecretRedaction.h"

#include <QString>

namespace insightly {

struct LogFileOptions {
    QString directory; // empty: <AppDataLocation>/logs
    QString fileName = QStringLiteral("insightly-sso-setup.log");
    qint64 maxFileBytes = 1024 * 1024; // rotate when the file would grow past this
    int keptFiles = 5;                 // rotated files kept besides the current one: <name>.1 (newest) … .5
    bool echoToStderr = true;
};

// Installs the app's message handler: every message (qDebug, qCInfo, … from any thread) is redacted with
// redactSecrets() and appended to a rotating log file as "<UTC time> <level> <category>: <text>".
// Returns false when the log file cannot be opened (messages then still go to stderr, redacted).
bool installMessageHandler(const LogFileOptions &options = {});
// Restores the previous handler and closes the file (tests, orderly shutdown).
void uninstallMessageHandler();
// The current log file; empty when no handler is installed. Shown in the about box and "Copy diagnostics".
QString logFilePath();

} // namespace insightly
