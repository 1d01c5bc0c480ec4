#pragma once

#include <QString>

class QCoreApplication;

namespace insightly {

// Installs Qt's own translations (qtbase: wizard buttons, dialogs) and the app's (embedded under :/i18n) for
// `language` ("de", "pt_BR"…; empty = the system locale), replacing any installed before. Returns whether the
// app's own translation was found (English needs none and returns false).
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace insightly
