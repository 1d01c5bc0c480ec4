// --language: the wizard in German (its own strings and Qt's), and back to English.
#include "core/Translations.h"
#include "pages/SetupWizard.h"
#include "pages/WizardContext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QtTest>

using namespace insightly;

class TestE2eLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void germanShowsGerman()
    {
        QVERIFY(installTranslations(*qApp, QStringLiteral("de")));
        WizardContext context{AppConfig{}};
        SetupWizard wizard(context);
        wizard.show();
        QCOMPARE(wizard.page(SetupWizard::Welcome)->title(), QStringLiteral("Insightly mit Microsoft Entra ID verbinden"));
        // Qt's own strings too: QWizard's Next button comes from qtbase_de.
        QVERIFY2(wizard.button(QWizard::NextButton)->text().contains(QStringLiteral("Weiter")),
                 qPrintable(wizard.button(QWizard::NextButton)->text()));
    }

    void japaneseShowsJapanese()
    {
        QVERIFY(installTranslations(*qApp, QStringLiteral("ja")));
        WizardContext context{AppConfig{}};
        SetupWizard wizard(context);
        QCOMPARE(wizard.page(SetupWizard::Welcome)->title(), QStringLiteral("Insightly を Microsoft Entra ID に接続する"));
    }

    void everyLanguageIsEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"de", "fr", "es", "ja", "pt_BR"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }

    void everyLanguageIsEmbedded()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(*qApp, language));
        WizardContext context{AppConfig{}};
        SetupWizard wizard(context);
        QVERIFY(wizard.page(SetupWizard::Welcome)->title() != QStringLiteral("Connect Insightly to Microsoft Entra ID"));
    }

    void englishNeedsNoTranslation()
    {
        QVERIFY(!installTranslations(*qApp, QStringLiteral("en")));
        WizardContext context{AppConfig{}};
        SetupWizard wizard(context);
        QCOMPARE(wizard.page(SetupWizard::Welcome)->title(), QStringLiteral("Connect Insightly to Microsoft Entra ID"));
    }
};

QTEST_MAIN(TestE2eLanguage)
#include "tst_e2e_language.moc"
