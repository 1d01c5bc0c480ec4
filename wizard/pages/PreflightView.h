#pragma once

#include "entra/Preflight.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace insightly {

class ItemDetails;

// After sign-in: the tenant, the signed-in admin, and the preflight table — each required role and permission
// with ✓/✗ and, for ✗, what to do — shown before any change is made.
class PreflightView : public QWidget
{
    Q_OBJECT
public:
    explicit PreflightView(QWidget *parent = nullptr);
    void show(const entra::PreflightReport &report);

private:
    QLabel *m_tenant = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_verdict = nullptr;
    ItemDetails *m_details = nullptr;
    QTreeWidget *m_table = nullptr;
};

} // namespace insightly
