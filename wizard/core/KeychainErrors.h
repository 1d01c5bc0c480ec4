#pragma once

#include "core/UserMessage.h"

#include <QString>

#include <qt6keychain/keychain.h>

namespace insightly {

// The one place that turns QtKeychain's errors into words for the admin. The platform is a parameter so that
// every platform's wording is testable on any of them.
enum class KeychainPlatform { Windows, MacOS, Linux };
enum class KeychainOperation { Read, Write, Remove };

KeychainPlatform currentKeychainPlatform();

UserMessage keychainErrorMessage(QKeychain::Error error, const QString &errorString,
                                 KeychainOperation operation,
                                 KeychainPlatform platform = currentKeychainPlatform());

// The keychain did not answer within the timeout (typically a locked keyring waiting on a prompt nobody
// sees).
UserMessage keychainTimeoutMessage(int timeoutMs, KeychainOperation operation,
                                   KeychainPlatform platform = currentKeychainPlatform());

// The keyring is locked: what it stores can't be seen (and must not be taken for "not stored").
UserMessage keychainLockedMessage(KeychainOperation operation,
                                  KeychainPlatform platform = currentKeychainPlatform());

// A stored value whose pieces don't fit together (a write interrupted half-way, or edited by hand).
UserMessage keychainDamagedEntryMessage(const QString &key);

} // namespace insightly
