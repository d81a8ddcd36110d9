#pragma once

#include <QWidget>

namespace sams {

// A line of swatches under the grids: what each colour and pattern means.
class ScheduleLegend : public QWidget
{
    Q_OBJECT
public:
    explicit ScheduleLegend(QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace sams
