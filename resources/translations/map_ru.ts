<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>RelationshipMapTab</name>
    <message>
        <source>Relationship map</source>
        <translation>Карта связей</translation>
    </message>
    <message>
        <source>Undo: put the link back</source>
        <translation>Отменить: вернуть связь</translation>
    </message>
    <message>
        <source>Put back the link just removed</source>
        <translation>Вернуть только что удалённую связь</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Сбросить расположение</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Сохранить PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Go to the decision group</source>
        <translation>Перейти к ГПР</translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation>Показать всю карту (Ctrl+0)</translation>
    </message>
    <message>
        <source>Forget where people were dragged: the org chart again</source>
        <translation>Забыть, куда перетаскивали людей: снова оргструктура</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие ГПР</translation>
    </message>
    <message>
        <source>No decision group yet, so there is no map. Add the people who decide in the Decision group tab and say whom each reports to: the map draws them as an org chart, coloured by attitude and sized by influence.</source>
        <translation>ГПР ещё не заполнена, поэтому карты нет. Добавьте людей, которые принимают решение, на вкладке «Группа принятия решения» и укажите, кому каждый подчиняется: карта нарисует их как оргструктуру, цветом по отношению и размером по влиянию.</translation>
    </message>
    <message>
        <source>Drag people to arrange them (kept); right-click a person to link them, a link to remove it; double-click to open; Ctrl+wheel zooms.</source>
        <translation>Перетаскивайте людей — расположение сохранится; правый щелчок по человеку — связать, по связи — удалить; двойной щелчок — открыть; Ctrl+колесо — масштаб.</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>сторонник</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>нейтрален</translation>
    </message>
    <message>
        <source>sceptic</source>
        <translation>скептик</translation>
    </message>
    <message>
        <source>opponent</source>
        <translation>противник</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>подчиняется</translation>
    </message>
    <message>
        <source>influences</source>
        <translation>влияет на</translation>
    </message>
    <message>
        <source>friendly with</source>
        <translation>дружит с</translation>
    </message>
    <message>
        <source>The bigger the circle, the more influence.</source>
        <translation>Чем больше круг, тем больше влияние.</translation>
    </message>
    <message>
        <source>Coverage score: %1 %</source>
        <translation>Покрытие: %1 %</translation>
    </message>
    <message>
        <source>Nothing missing: the main roles, a champion and an executive sponsor are there, and key people are in touch.</source>
        <translation>Всё на месте: основные роли, союзник и спонсор есть, контакт с ключевыми людьми поддерживается.</translation>
    </message>
    <message>
        <source>Click to show this person on the map.</source>
        <translation>Щёлкните, чтобы показать этого человека на карте.</translation>
    </message>
    <message>
        <source>The new place is kept.</source>
        <translation>Новое место сохранено.</translation>
    </message>
    <message>
        <source>Back to the org chart by reports-to.</source>
        <translation>Снова оргструктура по подчинению.</translation>
    </message>
    <message>
        <source>Open in the decision group</source>
        <translation>Открыть в ГПР</translation>
    </message>
    <message>
        <source>Influences</source>
        <translation>Влияет на</translation>
    </message>
    <message>
        <source>Friendly with</source>
        <translation>Дружит с</translation>
    </message>
    <message>
        <source>Remove this link…</source>
        <translation>Удалить эту связь…</translation>
    </message>
    <message>
        <source>Link added.</source>
        <translation>Связь добавлена.</translation>
    </message>
    <message>
        <source>«%1» influences «%2»</source>
        <translation>«%1» влияет на «%2»</translation>
    </message>
    <message>
        <source>«%1» is friendly with «%2»</source>
        <translation>«%1» дружит с «%2»</translation>
    </message>
    <message>
        <source>Remove the link: %1?</source>
        <translation>Удалить связь: %1?</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Удаление связи</translation>
    </message>
    <message>
        <source>Link removed.</source>
        <translation>Связь удалена.</translation>
    </message>
    <message>
        <source>The link is back.</source>
        <translation>Связь возвращена.</translation>
    </message>
    <message>
        <source>relationship map</source>
        <translation>карта связей</translation>
    </message>
    <message>
        <source>Save the map as PNG</source>
        <translation>Сохранить карту в PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the map as PDF</source>
        <translation>Сохранить карту в PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the map</source>
        <translation>Сохранение карты</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Рисую карту…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
</TS>
