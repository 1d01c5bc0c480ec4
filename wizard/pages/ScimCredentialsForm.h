#pragma once

#include "core/UserMessage.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace insightly {

// Insightly's SCIM Tenant URL and Secret Token as the admin pastes them, shared by Step 3 and the SCIM token
// rotation: the two fields with their paste buttons, each field's problems and notes under it (ScimInputs),
// and the token shown masked. Object names start with `prefix` ("scim" → scimUrlEdit, scimTokenEdit, …).
class ScimCredentialsForm : public QWidget
{
    Q_OBJECT
public:
    struct Texts {
        QString tokenLabel;          // "Secret &Token:"
        QString tokenAccessibleName; // what a screen reader says for the token field
        QString tokenPlaceholder;
    };
    struct Inputs {
        QUrl url;
        QString token;
        bool ok = false;
        UserMessage error; // the first problem, when !ok
    };

    ScimCredentialsForm(const QString &prefix, const Texts &texts, QWidget *parent = nullptr);

    // Checks and cleans both values, shows what is wrong under each field.
    Inputs validate();
    void setUrl(const QUrl &url);
    bool urlEmpty() const;
    void setReadOnly(bool readOnly);
    // what, why and action in one line, as the form shows a problem.
    static QString describe(const UserMessage &message);

Q_SIGNALS:
    void edited(); // either value changed (a passed test no longer holds)

private:
    QLineEdit *m_url = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_urlMessage = nullptr;
    QLabel *m_tokenMasked = nullptr;
    QLabel *m_tokenMessage = nullptr;
};

} // namespace insightly
