#pragma once

#include "core/ChangePreview.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sams {

// The impact preview shown before any rule change is saved (docs/manager-guide.md,
// Impact preview): the appointments it would displace, grouped by store-local
// day, with customer name and phone, and the count. "Save" asks for the write
// (saveRequested) and waits: the caller accepts the dialog when it went through,
// or calls showRefusal() and the dialog stays open.
// With a `typedConfirmation` (a production database's environment name) Save
// waits until it is typed.
class ImpactPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImpactPreviewDialog(const QString &change, const QList<ChangePreview> &previews, QWidget *parent = nullptr,
                        const QString &typedConfirmation = {});

    void showRefusal(const QString &message);
    QPushButton *saveButton() const;
    QTreeWidget *list() const { return m_list; }
    qsizetype displacedCount() const { return m_count; }

Q_SIGNALS:
    void saveRequested();

private:
    void updateSave();

    bool m_saving = false;
    QTreeWidget *m_list;
    QLabel *m_problem;
    QLineEdit *m_confirmation = nullptr;
    QString m_typedConfirmation;
    QDialogButtonBox *m_buttons;
    qsizetype m_count = 0;
};

} // namespace sams
