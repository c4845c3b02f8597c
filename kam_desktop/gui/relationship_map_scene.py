"""The relationship map's scene: draggable member nodes, reporting lines and links, the view.

Drawn from the same ``RelationshipMap`` and line geometry (``domain/map_geometry``) as the PNG
and PDF files. The items only report what the user did (a drop, a double-click, a right-click)
to the canvas; ``gui/relationship_map_view.RelationshipMapTab`` decides what it means.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QMenu,
    QWidget,
)

from kam_desktop.documents.map_primitives import (
    BOLD_STYLES,
    FONT_SIZES,
    ITALIC_STYLES,
    LINE_WIDTH,
    NODE_OUTLINE,
    PINNED_OUTLINE,
    TEXT_COLOURS,
    line_height,
)
from kam_desktop.domain.map_geometry import LABEL_GAP, edge_path, label_lines
from kam_desktop.domain.relationship_map import MapEdge, MapNode
from kam_desktop.services.relationship import MapSheet

SELECTED_OUTLINE = "#1565c0"
ZOOM_STEP = 1.15
MIN_ZOOM, MAX_ZOOM = 0.15, 4.0
SCREEN_TEXT = 1.15  # labels a little larger on screen than on paper (wrapped to the same width)


def _font(style: str) -> QFont:
    font = QFont()
    font.setPixelSize(round(FONT_SIZES[style] * SCREEN_TEXT))  # map units are PDF points
    font.setBold(style in BOLD_STYLES)
    font.setItalic(style in ITALIC_STYLES)
    return font


class NodeItem(QGraphicsEllipseItem):
    """One member: a circle at the node's centre, the label under it; movable."""

    def __init__(self, node: MapNode, role: str, canvas: MapCanvas) -> None:
        r = node.radius
        super().__init__(QRectF(-r, -r, 2 * r, 2 * r))
        self.node = node
        self.canvas = canvas
        self.origin = QPointF(node.x, node.y)  # where it was last kept (or laid out)
        self.edges: list[EdgeItem] = []
        self.setPos(node.x, node.y)
        self.setBrush(QBrush(QColor(node.colour)))
        self.set_outline(False)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(2)
        self._add_label(role)

    def set_outline(self, selected: bool) -> None:
        colour = (
            SELECTED_OUTLINE if selected else (PINNED_OUTLINE if self.node.pinned else NODE_OUTLINE)
        )
        self.setPen(QPen(QColor(colour), 3.0 if selected else 1.2))

    def _add_label(self, role: str) -> None:
        metrics = {style: QFontMetricsF(_font(style)) for style in FONT_SIZES}
        lines = label_lines(
            self.node,
            role,
            metrics["name"].horizontalAdvance,
            metrics["position"].horizontalAdvance,
        )
        y = self.node.radius + LABEL_GAP
        top = y
        widest = 0.0
        texts = []
        for line in lines:
            item = QGraphicsSimpleTextItem(line.text)
            item.setFont(_font(line.style))
            item.setBrush(QBrush(QColor(TEXT_COLOURS[line.style])))
            width = item.boundingRect().width()
            item.setPos(-width / 2, y)
            widest = max(widest, width)
            texts.append(item)
            y += line_height(line.style) * SCREEN_TEXT
        if texts:
            box = QGraphicsRectItem(-widest / 2 - 2, top - 1, widest + 4, y - top + 1, self)
            box.setBrush(QBrush(QColor("#ffffff")))
            box.setPen(QPen(Qt.PenStyle.NoPen))
            box.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, False)
        for item in texts:
            item.setParentItem(self)
        self.drop = y - self.node.radius + 1  # a reporting line to a report starts below this

    @property
    def member_id(self) -> str:
        return self.node.member_id

    def current_node(self) -> MapNode:
        return replace(self.node, x=self.pos().x(), y=self.pos().y())

    # No itemChange override: PySide6 (6.x, Python 3.11) drops a reference to None on every
    # call of an overridden itemChange, and a long session would end in "deallocating None".
    # Edges follow a drag from mouseMoveEvent; the selection outline from selectionChanged.
    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self.canvas.follow_moving_nodes()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.canvas.nodes_released()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.canvas.member_activated.emit(self.member_id)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        menu = self.canvas.node_menu(self.member_id)
        if menu is not None:
            menu.exec(event.screenPos())


class EdgeItem(QGraphicsPathItem):
    """A reporting line (solid) or an informal link (dashed, bent), with its arrow."""

    def __init__(self, edge: MapEdge, source: NodeItem, target: NodeItem, canvas: MapCanvas):
        super().__init__()
        self.edge = edge
        self.source, self.target = source, target
        self.canvas = canvas
        pen = QPen(QColor(edge.colour), LINE_WIDTH)
        if edge.dashed:
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([6 / LINE_WIDTH, 4 / LINE_WIDTH])
        self.setPen(pen)
        self.setZValue(1)
        self.arrow = QGraphicsPolygonItem(self)
        self.arrow.setBrush(QBrush(QColor(edge.colour)))
        self.arrow.setPen(QPen(Qt.PenStyle.NoPen))
        source.edges.append(self)
        target.edges.append(self)
        if edge.link_id:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.update_path()

    def update_path(self) -> None:
        path = edge_path(
            self.source.current_node(), self.target.current_node(), self.edge, self.source.drop
        )
        painter_path = QPainterPath(QPointF(*path.start))
        for corner in path.via:
            painter_path.lineTo(QPointF(*corner))
        if path.control is None:
            painter_path.lineTo(QPointF(*path.end))
        else:
            painter_path.quadTo(QPointF(*path.control), QPointF(*path.end))
        self.setPath(painter_path)
        self.arrow.setPolygon(QPolygonF([QPointF(*p) for p in path.arrow or ()]))

    def shape(self) -> QPainterPath:
        # A thin line is hard to hit with the right button: a wider outline for clicks.
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.path())

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        if self.edge.link_id:
            self.canvas.link_menu(self.edge.link_id).exec(event.screenPos())


class MapCanvas(QGraphicsView):
    """The view: Ctrl+wheel zooms, Fit shows everything, nodes report drags and clicks."""

    member_activated = Signal(str)
    moved = Signal(dict)  # member id → (x, y) of nodes dropped somewhere new

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.scene().selectionChanged.connect(self._show_selection)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        # Dragging the background pans (nodes take their own drags), so no scroll bars are needed.
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list[EdgeItem] = []
        self.auto_fit = True  # follow the window's size until the user zooms
        self.movable = True  # False on a read-only database: nothing could be kept
        self.node_menu_factory: Any = None  # set by the tab: member id → QMenu | None
        self.link_menu_factory: Any = None

    def show_sheet(self, sheet: MapSheet) -> None:
        scene = self.scene()
        scene.clear()
        self.nodes, self.edges = {}, []
        for node in sheet.chart.nodes:
            item = NodeItem(node, sheet.role_labels.get(node.role_code, node.role_code), self)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, self.movable)
            scene.addItem(item)
            self.nodes[node.member_id] = item
        for edge in sheet.chart.edges:
            source, target = self.nodes.get(edge.from_id), self.nodes.get(edge.to_id)
            if source is not None and target is not None and source is not target:
                edge_item = EdgeItem(edge, source, target, self)
                scene.addItem(edge_item)
                self.edges.append(edge_item)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-200, -150, 200, 150))

    def follow_moving_nodes(self) -> None:
        """Redraw the lines of the nodes being dragged (the selected ones move together)."""
        for item in self.scene().selectedItems():
            if isinstance(item, NodeItem):
                for edge in item.edges:
                    edge.update_path()

    def _show_selection(self) -> None:
        for item in self.nodes.values():
            item.set_outline(item.isSelected())

    def node_menu(self, member_id: str) -> QMenu | None:
        return self.node_menu_factory(member_id) if self.node_menu_factory else None

    def link_menu(self, link_id: str) -> QMenu:
        return self.link_menu_factory(link_id)

    def nodes_released(self) -> None:
        """After a drag: the nodes that ended somewhere new (several when several moved)."""
        moved = {
            mid: (item.pos().x(), item.pos().y())
            for mid, item in self.nodes.items()
            if item.pos() != item.origin
        }
        if moved:
            for mid in moved:
                self.nodes[mid].origin = self.nodes[mid].pos()
            self.moved.emit(moved)

    def select_member(self, member_id: str) -> bool:
        item = self.nodes.get(member_id)
        if item is None:
            return False
        self.scene().clearSelection()
        item.setSelected(True)
        self.centerOn(item)
        return True

    def fit_all(self) -> None:
        self.auto_fit = True
        rect = self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20)
        if rect.isValid():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            if self.transform().m11() > 1.0:  # a small group: natural size, not blown up
                self.resetTransform()
                self.centerOn(rect.center())

    def zoom_by(self, factor: float) -> None:
        self.auto_fit = False
        current = self.transform().m11()
        factor = max(MIN_ZOOM / current, min(MAX_ZOOM / current, factor))
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit_all()
