#include "pages/SamlValuesPanel.h"
#include "pages/ElidedLineEdit.h"
#include "pages/PageWidgets.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace insightly {

SamlValuesPanel::SamlValuesPanel(QWidget *parent)
    : QGroupBox(tr("Set up Insightly SAML — the values Entra shows"), parent)
{
    setObjectName(QStringLiteral("samlValuesPanel"));
    new QFormLayout(this);
    m_login = addRow(QStringLiteral("samlLoginUrl"), tr("Login URL:"), tr("Login URL"));
    m_identifier = addRow(QStringLiteral("samlEntraIdentifier"), tr("Microsoft Entra Identifier:"),
                          tr("Microsoft Entra Identifier"));
    m_logout = addRow(QStringLiteral("samlLogoutUrl"), tr("Logout URL:"), tr("Logout URL"));
    m_thumbprint = addRow(QStringLiteral("samlThumbprint"), tr("Certificate thumbprint:"),
                          tr("Thumbprint of the active signing certificate"));
    m_expiry = addRow(QStringLiteral("samlExpiry"), tr("Certificate expires:"),
                      tr("Expiry of the active signing certificate"));
}

ElidedLineEdit *SamlValuesPanel::addRow(const QString &objectName, const QString &label,
                                        const QString &accessibleName)
{
    auto *edit = new ElidedLineEdit(objectName, accessibleName, this);
    auto *copy =
        makeButton(this, objectName + QStringLiteral("Copy"), tr("Copy"), tr("Copy %1").arg(accessibleName));
    connect(copy, &QPushButton::clicked, edit, [edit] { QApplication::clipboard()->setText(edit->text()); });
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(copy);
    static_cast<QFormLayout *>(layout())->addRow(label, row);
    return edit;
}

void SamlValuesPanel::setValues(const entra::SamlPanelValues &values)
{
    m_login->setValue(values.loginUrl.toString());
    m_identifier->setValue(values.entraIdentifier);
    m_logout->setValue(values.logoutUrl.toString());
    m_thumbprint->setValue(values.thumbprint);
    m_expiry->setValue(values.expiry.isValid()
                           ? QLocale().toString(values.expiry.toLocalTime(), QLocale::LongFormat)
                           : QString());
}

} // namespace insightly
