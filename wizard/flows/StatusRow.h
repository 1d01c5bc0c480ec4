#pragma once

#include "core/UserMessage.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariantMap>

namespace insightly {

// One line of the status report ("Check the status of an existing setup" and the Summary page): what is
// checked, how it stands (never by colour alone: a symbol and a word), the facts read, and what to do.
struct StatusRow {
    Q_DECLARE_TR_FUNCTIONS(StatusRow)

public:
    enum class Id {
        Tenant,
        Instance,
        Application,
        SamlSettings,
        Certificate,
        SignInTest,
        EnforceSaml,
        Provisioning,
        ScimToken,
        Assignments,
    };
    enum class Level { Loading, Ok, Warning, Error, Unknown, NotApplicable };

    Id id = Id::Tenant;
    Level level = Level::Loading;
    QString title;                        // what is checked ("Signing certificate")
    QString summary;                      // one short sentence
    QList<QPair<QString, QString>> facts; // label, value — what was read
    QString action;                       // what to do; empty when nothing needs doing
    UserMessage error;                    // the row could not be read: what/why/action + request-id
    QVariantMap values;                   // machine-readable facts for tests and tools ("thumbprint", …)

    bool isSettled() const { return level != Level::Loading; }
    void addFact(const QString &label, const QString &value)
    {
        if (!value.isEmpty())
            facts.append({label, value});
    }

    static QString levelText(Level level);   // "OK", "Warning", "Error", …
    static QString levelSymbol(Level level); // ✓ ⚠ ✗ ? – …
    static QString levelKey(Level level);    // "ok", "warning", … (untranslated; properties, HTML classes)
    static QString titleOf(Id id);
    static QString idKey(Id id); // "certificate", "scimToken", … (untranslated; object names)
    static QList<Id> allIds();
};

} // namespace insightly
