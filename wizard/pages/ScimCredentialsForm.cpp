#include "pages/ScimCredentialsForm.h"

#include "insightly/ScimInputs.h"
#include "pages/InfoLabel.h"
#include "pages/PageWidgets.h"
#include "pages/ReadableViews.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace insightly {

ScimCredentialsForm::ScimCredentialsForm(const QString &prefix, const Texts &texts, QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_url = new QLineEdit(this);
    m_url->setObjectName(prefix + QStringLiteral("UrlEdit"));
    m_url->setAccessibleName(tr("Tenant URL (Insightly's SCIM endpoint)"));
    m_url->setPlaceholderText(tr("https://api.na1.insightly.com/scim/v2"));
    auto *pasteUrl =
        makeButton(this, prefix + QStringLiteral("PasteUrl"), tr("Paste"), tr("Paste the Tenant URL"));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(pasteUrl);
    auto *urlLabel = new QLabel(tr("Tenant &URL:"), this);
    urlLabel->setBuddy(m_url); // addRow() sets no buddy for a row of several widgets
    form->addRow(urlLabel, urlRow);
    m_urlMessage =
        InfoLabel::hiddenMessage(this, prefix + QStringLiteral("UrlMessage"), tr("About the Tenant URL"));
    form->addRow(QString(), m_urlMessage);

    m_token = new QLineEdit(this);
    m_token->setObjectName(prefix + QStringLiteral("TokenEdit"));
    m_token->setAccessibleName(texts.tokenAccessibleName);
    m_token->setEchoMode(QLineEdit::Password); // the token is never shown in full
    m_token->setPlaceholderText(texts.tokenPlaceholder);
    auto *pasteToken =
        makeButton(this, prefix + QStringLiteral("PasteToken"), tr("Paste"), tr("Paste the Secret Token"));
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(pasteToken);
    auto *tokenLabel = new QLabel(texts.tokenLabel, this);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, tokenRow);
    m_tokenMasked = InfoLabel::hiddenMessage(this, prefix + QStringLiteral("TokenMasked"),
                                             tr("The Secret Token as read, masked"));
    form->addRow(QString(), m_tokenMasked);
    m_tokenMessage =
        InfoLabel::hiddenMessage(this, prefix + QStringLiteral("TokenMessage"), tr("About the Secret Token"));
    form->addRow(QString(), m_tokenMessage);

    connect(pasteUrl, &QPushButton::clicked, this, [this] {
        m_url->setText(QGuiApplication::clipboard()->text());
        validate();
    });
    connect(pasteToken, &QPushButton::clicked, this, [this] {
        m_token->setText(QGuiApplication::clipboard()->text());
        validate();
    });
    for (QLineEdit *edit : {m_url, m_token}) {
        connect(edit, &QLineEdit::textChanged, this, &ScimCredentialsForm::edited);
        connect(edit, &QLineEdit::editingFinished, this, [this] { validate(); });
    }
}

ScimCredentialsForm::Inputs ScimCredentialsForm::validate()
{
    const ScimUrlValidation url = ScimInputs::validateTenantUrl(m_url->text());
    const ScimTokenValidation token = ScimInputs::validateSecretToken(m_token->text());
    const auto show = [](QLabel *label, const UserMessage &error, const QList<UserMessage> &notes) {
        QStringList lines;
        if (!error.isEmpty())
            lines << describe(error);
        for (const UserMessage &note : notes)
            lines << note.what;
        label->setText(lines.join(u'\n'));
        label->setVisible(!lines.isEmpty());
    };
    show(m_urlMessage, m_url->text().isEmpty() ? UserMessage{} : url.error, url.notes);
    show(m_tokenMessage, m_token->text().isEmpty() ? UserMessage{} : token.error, token.notes);
    m_tokenMessage->setProperty("code", token.error.code);
    if (url.isValid() && m_url->text() != url.url.toString()) {
        const QSignalBlocker blocker(m_url); // a cleaned value is the same value: keep a passed test
        m_url->setText(url.url.toString());
    }
    if (token.isValid()) {
        if (m_token->text() != token.token) {
            const QSignalBlocker blocker(m_token);
            m_token->setText(token.token);
        }
        m_tokenMasked->setText(tr("Token: %1").arg(ScimInputs::maskedToken(token.token)));
    }
    m_tokenMasked->setVisible(token.isValid());
    Inputs inputs{url.url, token.token, url.isValid() && token.isValid(), {}};
    if (!inputs.ok)
        inputs.error = !url.isValid() ? url.error : token.error;
    return inputs;
}

QString ScimCredentialsForm::describe(const UserMessage &message)
{
    QStringList parts{message.what};
    if (!message.why.isEmpty())
        parts << message.why;
    if (!message.action.isEmpty())
        parts << message.action;
    return parts.join(u' ');
}

void ScimCredentialsForm::setUrl(const QUrl &url)
{
    m_url->setText(url.toString());
}

bool ScimCredentialsForm::urlEmpty() const
{
    return m_url->text().isEmpty();
}

void ScimCredentialsForm::setReadOnly(bool readOnly)
{
    m_url->setReadOnly(readOnly);
    m_token->setReadOnly(readOnly);
}

} // namespace insightly
