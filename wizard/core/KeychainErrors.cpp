#include "core/KeychainErrors.h"

#include <QCoreApplication>

#include <algorithm>

namespace insightly {

namespace {

class KeychainText
{
    Q_DECLARE_TR_FUNCTIONS(KeychainErrors)
};

QString storeName(KeychainPlatform platform)
{
    switch (platform) {
    case KeychainPlatform::Windows:
        return KeychainText::tr("Windows Credential Manager");
    case KeychainPlatform::MacOS:
        return KeychainText::tr("the macOS Keychain");
    case KeychainPlatform::Linux:
        break;
    }
    return KeychainText::tr("the system keyring (Secret Service)");
}

QString whatFailed(KeychainOperation operation, KeychainPlatform platform)
{
    switch (operation) {
    case KeychainOperation::Read:
        return KeychainText::tr("A saved credential couldn't be read from %1.").arg(storeName(platform));
    case KeychainOperation::Write:
        return KeychainText::tr("A credential couldn't be saved in %1.").arg(storeName(platform));
    case KeychainOperation::Remove:
        break;
    }
    return KeychainText::tr("A saved credential couldn't be removed from %1.").arg(storeName(platform));
}

QString manualRemovalTool(KeychainPlatform platform)
{
    switch (platform) {
    case KeychainPlatform::Windows:
        return KeychainText::tr("Credential Manager (Control Panel)");
    case KeychainPlatform::MacOS:
        return KeychainText::tr("Keychain Access");
    case KeychainPlatform::Linux:
        break;
    }
    return KeychainText::tr("Passwords and Keys (Seahorse) or KWallet Manager");
}

void explainNoSecretService(UserMessage &message)
{
    message.why = KeychainText::tr("No secure password store (Secret Service) is running on this desktop.");
    message.action = KeychainText::tr(
        "Install and start one — GNOME Keyring (gnome-keyring), KWallet, or KeePassXC with Secret Service "
        "enabled — and unlock it; then log out and back in and retry. Without it the wizard can't remember "
        "your sign-in or the SCIM token, and it never stores them unprotected.");
}

void explainNoSessionBus(UserMessage &message)
{
    message.why = KeychainText::tr("This session has no desktop message bus (D-Bus), so the password store "
                                   "can't be reached.");
    message.action =
        KeychainText::tr("Run the wizard inside a normal desktop session (or start one with "
                         "dbus-run-session), with GNOME Keyring or KWallet unlocked, and retry.");
}

void explainAccessDenied(UserMessage &message, const QString &errorString, KeychainPlatform platform)
{
    switch (platform) {
    case KeychainPlatform::MacOS:
        if (errorString.contains(QLatin1String("interaction is not allowed"), Qt::CaseInsensitive)) {
            message.why = KeychainText::tr("The macOS keychain is locked and can't ask for your password in "
                                           "this session.");
            message.action = KeychainText::tr("Unlock it (log in at the console, or run `security "
                                              "unlock-keychain ~/Library/Keychains/login.keychain-db`) and "
                                              "retry.");
        } else if (errorString.contains(QLatin1String("passphrase"), Qt::CaseInsensitive)) {
            message.why = KeychainText::tr("The keychain password was rejected.");
            message.action = KeychainText::tr("If your Mac password was reset, update or reset the login "
                                              "keychain password in Keychain Access, then retry.");
        } else {
            message.why = KeychainText::tr("macOS reports no usable keychain.");
            message.action = KeychainText::tr("Restart the computer; if it persists, repair or reset the "
                                              "keychain in Keychain Access.");
        }
        return;
    case KeychainPlatform::Windows:
        message.why = KeychainText::tr("Windows denied access to Credential Manager.");
        message.action = KeychainText::tr("Run the wizard as the signed-in user in a normal desktop session "
                                          "(not as a service or through remote tools) and retry.");
        return;
    case KeychainPlatform::Linux:
        break;
    }
    message.why = KeychainText::tr("Your system keyring is locked, and the prompt to unlock it was dismissed "
                                   "or couldn't be shown.");
    message.action =
        KeychainText::tr("Unlock the 'Login' keyring (Passwords and Keys, or KWallet) and retry. "
                         "Setting the keyring password equal to your login password lets it "
                         "unlock automatically.");
}

void explainOtherError(UserMessage &message, const QString &errorString, KeychainOperation operation,
                       KeychainPlatform platform)
{
    const auto mentions = [&errorString](const char *text) {
        return errorString.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (platform == KeychainPlatform::Linux) {
        if (mentions("org.freedesktop.secrets") || mentions("No keyring daemon") ||
            mentions("No keychain service"))
            return explainNoSecretService(message);
        if (mentions("D-Bus") || mentions("dbus") || mentions("Could not connect") || mentions("disabled:") ||
            mentions("DBUS_SESSION_BUS_ADDRESS"))
            return explainNoSessionBus(message);
    }
    if (platform == KeychainPlatform::Windows) {
        if (mentions("exceeds maximum size")) {
            message.why =
                KeychainText::tr("The credential is larger than Windows Credential Manager accepts.");
            message.action =
                KeychainText::tr("Sign in again; the wizard stores it in smaller pieces. If it keeps "
                                 "failing, send the diagnostics to support.");
            return;
        }
        if (mentions("decrypt") || mentions("Encryption failed")) {
            message.why = KeychainText::tr("The saved credential can't be read on this Windows account any "
                                           "more.");
            message.action = KeychainText::tr("Sign in again; the wizard will replace it.");
            return;
        }
        if (operation == KeychainOperation::Write) {
            message.why =
                KeychainText::tr("Windows Credential Manager refused to save it (%1).").arg(errorString);
            message.action =
                KeychainText::tr("Run the wizard in a normal desktop session (not as a service or "
                                 "through remote tools); clearing old entries in Credential Manager "
                                 "may help.");
            return;
        }
    }
    if (platform == KeychainPlatform::MacOS && mentions("already exists")) {
        message.why = KeychainText::tr("An entry with the same name already exists in the keychain.");
        message.action =
            KeychainText::tr("Delete the existing 'Insightly SSO Setup' entries in Keychain Access "
                             "and retry.");
        return;
    }
    message.why = errorString.isEmpty()
                      ? KeychainText::tr("The password store reported an unknown error.")
                      : KeychainText::tr("The password store reported: %1").arg(errorString);
    message.action =
        KeychainText::tr("Retry. If it keeps failing you can continue, but you'll need to sign in "
                         "again next time; send the diagnostics to support.");
}

} // namespace

KeychainPlatform currentKeychainPlatform()
{
#if defined(Q_OS_WIN)
    return KeychainPlatform::Windows;
#elif defined(Q_OS_MACOS)
    return KeychainPlatform::MacOS;
#else
    return KeychainPlatform::Linux;
#endif
}

UserMessage keychainErrorMessage(QKeychain::Error error, const QString &errorString,
                                 KeychainOperation operation, KeychainPlatform platform)
{
    UserMessage message;
    message.what = whatFailed(operation, platform);
    message.details = errorString;
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        message.code = QStringLiteral("EntryNotFound");
        message.why = KeychainText::tr("Nothing is stored under this name.");
        message.action = KeychainText::tr("Sign in again; the wizard will save it anew.");
        break;
    case QKeychain::CouldNotDeleteEntry:
        message.code = QStringLiteral("CouldNotDeleteEntry");
        message.why = KeychainText::tr("The password store refused to delete the entry.");
        message.action = KeychainText::tr("Remove the 'Insightly SSO Setup' entries manually in %1.")
                             .arg(manualRemovalTool(platform));
        break;
    case QKeychain::AccessDeniedByUser:
        message.code = QStringLiteral("AccessDeniedByUser");
        message.why = KeychainText::tr("Access to %1 was declined.").arg(storeName(platform));
        message.action = platform == KeychainPlatform::MacOS
                             ? KeychainText::tr("Retry and choose Always Allow when macOS asks, or sign in "
                                                "each time.")
                             : KeychainText::tr("Retry and allow access when asked, or sign in each time.");
        break;
    case QKeychain::AccessDenied:
        message.code = QStringLiteral("AccessDenied");
        explainAccessDenied(message, errorString, platform);
        break;
    case QKeychain::NoBackendAvailable:
        message.code = QStringLiteral("NoBackendAvailable");
        if (platform == KeychainPlatform::Linux) {
            explainNoSecretService(message);
        } else {
            message.why = KeychainText::tr("%1 isn't available.").arg(storeName(platform));
            message.action = KeychainText::tr("Restart the computer and retry.");
        }
        break;
    case QKeychain::NotImplemented:
        message.code = QStringLiteral("NotImplemented");
        message.why = KeychainText::tr("Secure storage isn't supported on this system.");
        message.action = KeychainText::tr("You can continue, but you'll need to sign in each time.");
        break;
    case QKeychain::OtherError:
        message.code = QStringLiteral("OtherError");
        explainOtherError(message, errorString, operation, platform);
        break;
    }
    return message;
}

UserMessage keychainTimeoutMessage(int timeoutMs, KeychainOperation operation, KeychainPlatform platform)
{
    UserMessage message;
    message.what = whatFailed(operation, platform);
    // Capitalised by the sentence it starts.
    QString store = storeName(platform);
    store[0] = store[0].toUpper();
    message.why = KeychainText::tr("%1 didn't answer within %2 seconds. It may be locked and waiting for a "
                                   "password prompt that isn't visible.")
                      .arg(store)
                      .arg(std::max(1, (timeoutMs + 999) / 1000));
    message.action =
        platform == KeychainPlatform::Linux
            ? KeychainText::tr("Unlock your keyring (Passwords and Keys, or KWallet), answer any "
                               "prompt it shows, and retry.")
            : KeychainText::tr("Answer any keychain prompt that is waiting (it may be behind other "
                               "windows), unlock the keychain, and retry.");
    message.code = QStringLiteral("KeychainTimeout");
    return message;
}

UserMessage keychainDamagedEntryMessage(const QString &key)
{
    UserMessage message;
    message.what = KeychainText::tr("A saved credential is damaged.");
    message.why =
        KeychainText::tr("Its stored pieces don't fit together; saving it was probably interrupted.");
    message.action = KeychainText::tr("Sign in again; the wizard will replace it.");
    message.code = QStringLiteral("KeychainEntryDamaged");
    message.details = key;
    return message;
}

} // namespace insightly

namespace insightly {

UserMessage keychainLockedMessage(KeychainOperation operation, KeychainPlatform platform)
{
    UserMessage message;
    message.what = whatFailed(operation, platform);
    QString store = storeName(platform);
    store[0] = store[0].toUpper();
    message.why = KeychainText::tr("%1 is locked, so the credential saved there can't be seen. It hasn't "
                                   "been lost.")
                      .arg(store);
    message.action =
        platform == KeychainPlatform::Linux
            ? KeychainText::tr("Unlock your keyring (Passwords and Keys, or KWallet, or sign in to the "
                               "desktop again), then retry.")
            : KeychainText::tr("Unlock the keychain, then retry.");
    message.code = QStringLiteral("KeychainLocked");
    return message;
}

} // namespace insightly
