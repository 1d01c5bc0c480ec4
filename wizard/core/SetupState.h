#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace insightly {

// The typed state of one setup (one Entra tenant connected to one Insightly instance), shared by every page.
//
// It never holds a secret: access and refresh tokens, the SCIM token and the Insightly API key live only in
// memory and in the OS keychain (SecretStore). That is why this type has no field that could carry one — the
// SCIM *base address* is here, its token is not. Keep it that way when adding fields: the whole object is
// written to a plain JSON file.
struct SetupState {
    enum class Cloud { Global, UsGov, China };
    // The article's steps in order; a step's completion time is what lets a re-run resume.
    enum class Step { SignIn, Instance, App, Saml, Certificate, Handoff, SignInTest, Enforce, Scim, Assign };
    enum class PrincipalType { User, Group };

    // One user or group to assign to the app. Bulk assignment works through the queue and marks each entry
    // done, so an interrupted run continues where it stopped instead of assigning twice.
    struct Assignment {
        QString principalId;
        PrincipalType type = PrincipalType::User;
        bool done = false;

        friend bool operator==(const Assignment &, const Assignment &) = default;
    };

    struct SignInTestResult {
        QDateTime testedAt;
        bool succeeded = false;
        QString detail; // what the admin is shown (e.g. the NameID that signed in, or why it failed)

        friend bool operator==(const SignInTestResult &, const SignInTestResult &) = default;
    };

    // A rotation of the SAML signing certificate in progress (re-run), kept so that an interrupted one
    // resumes at the step it reached and a rollback still knows the certificate to go back to.
    struct CertificateRotation {
        QString previousThumbprint; // active when the rotation began: what a rollback goes back to
        QString newThumbprint;      // made for the rotation; inactive until activatedAt is set
        QDateTime activatedAt;      // when the new one was made active; invalid before (or after a rollback)
        QString exportFolder;       // where the certificate files were written

        friend bool operator==(const CertificateRotation &, const CertificateRotation &) = default;
    };

    // Entra
    QString tenantId;
    QString tenantDisplayName;
    Cloud cloud = Cloud::Global;
    QString clientId;           // the public client the wizard signs in with
    QString appObjectId;        // the Insightly SAML application object
    QString appId;              // …and its application (client) id
    QString servicePrincipalId; // the enterprise application
    bool appCreatedByWizard = false; // Step 1 added the app (not found): only then may "Remove" delete it

    // Insightly
    QUrl insightlySignInUrl; // "Sign-in page URL": Identifier and Reply URL
    QString instanceId;
    QString pod;

    // SAML signing certificate that is active in Entra and uploaded to Insightly
    QString certificateThumbprint;
    QDateTime certificateExpiry;
    QStringList notificationEmails;

    // Provisioning
    QString synchronizationJobId;
    QUrl scimBaseAddress;

    QList<Assignment> assignmentQueue;
    std::optional<SignInTestResult> lastSignInTest;
    std::optional<CertificateRotation> certificateRotation;
    QMap<Step, QDateTime> completedSteps;

    bool isStepCompleted(Step step) const { return completedSteps.contains(step); }
    void markStepCompleted(Step step, const QDateTime &when = QDateTime::currentDateTimeUtc());
    qsizetype pendingAssignments() const;

    static constexpr int formatVersion = 1;
    // Versioned JSON ("version": 1). fromJson() reads known fields and ignores unknown ones; it does not
    // check the version — SetupStateStore does, because only it can tell the admin what to do.
    QJsonObject toJson() const;
    static SetupState fromJson(const QJsonObject &json);

    static QString stepName(Step step);
    static std::optional<Step> stepFromName(const QString &name);
    static QString cloudName(Cloud cloud);
    static std::optional<Cloud> cloudFromName(const QString &name);

    friend bool operator==(const SetupState &, const SetupState &) = default;
};

} // namespace insightly
