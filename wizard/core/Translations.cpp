#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace insightly {

bool installTranslations(QCoreApplication &app, const QString &language)
{
    static QPointer<QTranslator> qtTranslator;
    static QPointer<QTranslator> ownTranslator;
    for (QPointer<QTranslator> *t : {&qtTranslator, &ownTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    ownTranslator = new QTranslator(&app);
    const bool found = ownTranslator->load(locale, QStringLiteral("insightly"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(ownTranslator);
    return found;
}

} // namespace insightly
