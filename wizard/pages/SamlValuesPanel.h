#pragma once

#include "entra/SamlHandoffFiles.h"

#include <QGroupBox>

namespace insightly {

class ElidedLineEdit;

// The values Entra's "Set up Insightly SAML" panel shows — Login URL, Microsoft Entra Identifier, Logout URL,
// and the active certificate's thumbprint and expiry — each read-only with a Copy button; long values elide
// in the middle (the host stays visible) with the whole value in the tooltip.
class SamlValuesPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit SamlValuesPanel(QWidget *parent = nullptr);
    void setValues(const entra::SamlPanelValues &values);

private:
    ElidedLineEdit *addRow(const QString &objectName, const QString &label, const QString &accessibleName);

    ElidedLineEdit *m_login = nullptr;
    ElidedLineEdit *m_identifier = nullptr;
    ElidedLineEdit *m_logout = nullptr;
    ElidedLineEdit *m_thumbprint = nullptr;
    ElidedLineEdit *m_expiry = nullptr;
};

} // namespace insightly
