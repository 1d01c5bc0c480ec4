#pragma once

#include "entra/SamlHandoffFiles.h"

#include <QGroupBox>

class QLineEdit;

namespace insightly {

// The values Entra's "Set up Insightly SAML" panel shows — Login URL, Microsoft Entra Identifier, Logout URL,
// and the active certificate's thumbprint and expiry — each read-only with a Copy button.
class SamlValuesPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit SamlValuesPanel(QWidget *parent = nullptr);
    void setValues(const entra::SamlPanelValues &values);

private:
    QLineEdit *addRow(const QString &objectName, const QString &label, const QString &accessibleName);

    QLineEdit *m_login = nullptr;
    QLineEdit *m_identifier = nullptr;
    QLineEdit *m_logout = nullptr;
    QLineEdit *m_thumbprint = nullptr;
    QLineEdit *m_expiry = nullptr;
};

} // namespace insightly
