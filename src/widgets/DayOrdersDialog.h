#pragma once

#include <QDate>
#include <QDialog>

class QListWidget;

namespace sams {

// The work orders due on one day, as the month view lists them
// (docs/technician-guide.md, Orders in the month view): one line each, in due
// order, with its number, due time, customer and items.
class DayOrdersDialog : public QDialog
{
    Q_OBJECT
public:
    DayOrdersDialog(const QString &storeName, QDate date, const QStringList &lines, QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};

} // namespace sams
