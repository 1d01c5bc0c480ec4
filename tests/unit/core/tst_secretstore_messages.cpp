// The words for every QtKeychain error, per platform (KeychainErrors: the one place that maps them).
#include "core/KeychainErrors.h"

#include <QTest>

using namespace insightly;

class TestSecretStoreMessages : public QObject
{
    Q_OBJECT

private slots:
    void errorsBecomeASentenceAndAnAction_data()
    {
        QTest::addColumn<QKeychain::Error>("error");
        QTest::addColumn<QString>("errorString");
        QTest::addColumn<KeychainOperation>("operation");
        QTest::addColumn<KeychainPlatform>("platform");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("inWhat");
        QTest::addColumn<QString>("inWhy");
        QTest::addColumn<QString>("inAction");

        const auto linux_ = KeychainPlatform::Linux;
        const auto mac = KeychainPlatform::MacOS;
        const auto windows = KeychainPlatform::Windows;
        QTest::newRow("linux: no org.freedesktop.secrets")
            << QKeychain::OtherError
            << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << KeychainOperation::Write << linux_ << QStringLiteral("OtherError")
            << QStringLiteral("couldn't be saved in the system keyring") << QStringLiteral("Secret Service")
            << QStringLiteral("GNOME Keyring (gnome-keyring), KWallet");
        QTest::newRow("linux: no backend")
            << QKeychain::NoBackendAvailable << QStringLiteral("No keyring daemon") << KeychainOperation::Read
            << linux_ << QStringLiteral("NoBackendAvailable") << QStringLiteral("couldn't be read")
            << QStringLiteral("is running") << QStringLiteral("KWallet");
        QTest::newRow("linux: no D-Bus")
            << QKeychain::OtherError << QStringLiteral("Could not connect: No such file or directory")
            << KeychainOperation::Read << linux_ << QStringLiteral("OtherError")
            << QStringLiteral("couldn't be read") << QStringLiteral("D-Bus")
            << QStringLiteral("dbus-run-session");
        QTest::newRow("linux: locked keyring")
            << QKeychain::AccessDenied << QStringLiteral("Cannot create an item in a locked collection")
            << KeychainOperation::Write << linux_ << QStringLiteral("AccessDenied")
            << QStringLiteral("couldn't be saved") << QStringLiteral("locked")
            << QStringLiteral("Unlock the 'Login' keyring");
        QTest::newRow("mac: interaction not allowed")
            << QKeychain::AccessDenied << QStringLiteral("User interaction is not allowed.")
            << KeychainOperation::Read << mac << QStringLiteral("AccessDenied")
            << QStringLiteral("the macOS Keychain") << QStringLiteral("locked")
            << QStringLiteral("security unlock-keychain");
        QTest::newRow("mac: wrong passphrase")
            << QKeychain::AccessDenied
            << QStringLiteral("The user name or passphrase you entered is not correct.")
            << KeychainOperation::Read << mac << QStringLiteral("AccessDenied") << QStringLiteral("macOS")
            << QStringLiteral("rejected") << QStringLiteral("Keychain Access");
        QTest::newRow("mac: user cancelled")
            << QKeychain::AccessDeniedByUser << QStringLiteral("User canceled the operation.")
            << KeychainOperation::Read << mac << QStringLiteral("AccessDeniedByUser")
            << QStringLiteral("macOS") << QStringLiteral("declined") << QStringLiteral("Always Allow");
        QTest::newRow("mac: duplicate item")
            << QKeychain::OtherError << QStringLiteral("The specified item already exists in the keychain.")
            << KeychainOperation::Write << mac << QStringLiteral("OtherError") << QStringLiteral("macOS")
            << QStringLiteral("already exists") << QStringLiteral("Keychain Access");
        QTest::newRow("windows: blob too large")
            << QKeychain::OtherError << QStringLiteral("Credential size exceeds maximum size of 2560")
            << KeychainOperation::Write << windows << QStringLiteral("OtherError")
            << QStringLiteral("Windows Credential Manager") << QStringLiteral("larger")
            << QStringLiteral("Sign in again");
        QTest::newRow("windows: write refused")
            << QKeychain::OtherError << QStringLiteral("Writing credentials failed: Win32 error code 1312")
            << KeychainOperation::Write << windows << QStringLiteral("OtherError")
            << QStringLiteral("Windows Credential Manager") << QStringLiteral("Win32 error code 1312")
            << QStringLiteral("normal desktop session");
        QTest::newRow("windows: cannot decrypt")
            << QKeychain::OtherError << QStringLiteral("Could not decrypt data") << KeychainOperation::Read
            << windows << QStringLiteral("OtherError") << QStringLiteral("couldn't be read")
            << QStringLiteral("account") << QStringLiteral("Sign in again");
        QTest::newRow("windows: delete failed")
            << QKeychain::CouldNotDeleteEntry << QStringLiteral("Could not delete")
            << KeychainOperation::Remove << windows << QStringLiteral("CouldNotDeleteEntry")
            << QStringLiteral("removed") << QStringLiteral("refused") << QStringLiteral("Credential Manager");
        QTest::newRow("not implemented")
            << QKeychain::NotImplemented << QString() << KeychainOperation::Write << linux_
            << QStringLiteral("NotImplemented") << QStringLiteral("saved")
            << QStringLiteral("isn't supported") << QStringLiteral("sign in each time");
        QTest::newRow("anything else keeps the original text")
            << QKeychain::OtherError << QStringLiteral("I/O error") << KeychainOperation::Write << linux_
            << QStringLiteral("OtherError") << QStringLiteral("saved") << QStringLiteral("I/O error")
            << QStringLiteral("Retry");
    }
    void errorsBecomeASentenceAndAnAction()
    {
        QFETCH(QKeychain::Error, error);
        QFETCH(QString, errorString);
        QFETCH(KeychainOperation, operation);
        QFETCH(KeychainPlatform, platform);
        QFETCH(QString, code);
        QFETCH(QString, inWhat);
        QFETCH(QString, inWhy);
        QFETCH(QString, inAction);

        const UserMessage message = keychainErrorMessage(error, errorString, operation, platform);
        QCOMPARE(message.code, code);
        QVERIFY2(message.what.contains(inWhat), qPrintable(message.what));
        QVERIFY2(message.why.contains(inWhy), qPrintable(message.why));
        QVERIFY2(message.action.contains(inAction), qPrintable(message.action));
        QCOMPARE(message.details, errorString);
    }

    void everyErrorOnEveryPlatformIsExplained()
    {
        const QList<QKeychain::Error> errors{QKeychain::EntryNotFound,      QKeychain::CouldNotDeleteEntry,
                                             QKeychain::AccessDeniedByUser, QKeychain::AccessDenied,
                                             QKeychain::NoBackendAvailable, QKeychain::NotImplemented,
                                             QKeychain::OtherError};
        for (KeychainPlatform platform :
             {KeychainPlatform::Windows, KeychainPlatform::MacOS, KeychainPlatform::Linux}) {
            for (KeychainOperation operation :
                 {KeychainOperation::Read, KeychainOperation::Write, KeychainOperation::Remove}) {
                for (QKeychain::Error error : errors) {
                    const UserMessage message =
                        keychainErrorMessage(error, QStringLiteral("x"), operation, platform);
                    QVERIFY(!message.what.isEmpty());
                    QVERIFY(!message.why.isEmpty());
                    QVERIFY(!message.action.isEmpty());
                    QVERIFY(!message.code.isEmpty());
                }
            }
        }
        QVERIFY(keychainErrorMessage(QKeychain::NoError, {}, KeychainOperation::Read).isEmpty());
    }

    void timeoutSaysTheKeychainDidNotAnswer()
    {
        const UserMessage linuxMessage =
            keychainTimeoutMessage(15000, KeychainOperation::Read, KeychainPlatform::Linux);
        QCOMPARE(linuxMessage.code, QStringLiteral("KeychainTimeout"));
        QVERIFY2(linuxMessage.why.contains(QLatin1String("didn't answer within 15 seconds")),
                 qPrintable(linuxMessage.why));
        QVERIFY(linuxMessage.why.contains(QLatin1String("locked")));
        QVERIFY(linuxMessage.action.contains(QLatin1String("Unlock your keyring")));
        const UserMessage macMessage =
            keychainTimeoutMessage(1500, KeychainOperation::Write, KeychainPlatform::MacOS);
        QVERIFY2(macMessage.why.contains(QLatin1String("The macOS Keychain didn't answer within 2 seconds")),
                 qPrintable(macMessage.why));
        QVERIFY(macMessage.action.contains(QLatin1String("prompt")));
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreMessages)
#include "tst_secretstore_messages.moc"
