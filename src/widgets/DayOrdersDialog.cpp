#include "widgets/DayOrdersDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace sams {

DayOrdersDialog::DayOrdersDialog(const QString &storeName, QDate date, const QStringList &lines, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget)
{
    setObjectName(QStringLiteral("dayOrdersDialog"));
    setWindowTitle(tr("Work orders due %1").arg(QLocale().toString(date, QLocale::ShortFormat)));
    auto *heading = new QLabel(tr("<b>%1</b> · %2 work orders due %3")
                                   .arg(storeName.toHtmlEscaped())
                                   .arg(lines.size())
                                   .arg(QLocale().toString(date, QLocale::LongFormat)));
    m_list->addItems(lines);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

} // namespace sams
