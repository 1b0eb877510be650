/**
 * The groups of one round as cards, adjusted by hand: drag a person onto another table to move
 * them, onto a person to swap the two. From the keyboard: Space picks a person up, the arrows go
 * from table to table, Space puts them down, Escape cancels; every step is announced.
 * Hosts and locked people stay put. The score above follows each change.
 */
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useMemo, useRef, useState } from 'react';
import { tableColors } from '../../../shared/grouping/sessionGrouping';
import type { Group, Grouping } from '../../../shared/model/groupings';
import type { Participant } from '../../../shared/model/participants';
import { bySurname } from '../../../shared/participants/participantList';
import { useT } from '../../i18n/I18nProvider';
import { useDispatch } from '../../store/SessionProvider';
import { LockIcon } from './LockIcon';
import { affiliation, fullName } from './people';

type Props = {
  grouping: Grouping;
  round: number;
  people: Map<string, Participant>;
  readOnly: boolean;
};

const personKey = (id: string) => `person:${id}`;
const groupKey = (id: string) => `group:${id}`;
const idOf = (key: string | number) => String(key).slice(String(key).indexOf(':') + 1);
const isGroupKey = (key: string | number) => String(key).startsWith('group:');

/** Arrows jump from table to table, in reading order. */
const tableKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { active, collisionRect, droppableRects, droppableContainers, over } = context;
  const step =
    event.code === 'ArrowRight' || event.code === 'ArrowDown'
      ? 1
      : event.code === 'ArrowLeft' || event.code === 'ArrowUp'
        ? -1
        : 0;
  if (step === 0 || !active || !collisionRect) return undefined;
  event.preventDefault();
  const tables = droppableContainers
    .getEnabled()
    .filter((container) => isGroupKey(container.id))
    .map((container) => ({ id: container.id, rect: droppableRects.get(container.id) }))
    .filter((entry): entry is { id: string; rect: NonNullable<typeof entry.rect> } => !!entry.rect)
    .sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
  if (tables.length === 0) return undefined;
  const from =
    over && isGroupKey(over.id) ? over.id : groupKey(String(active.data.current?.groupId));
  const index = tables.findIndex((entry) => entry.id === from);
  const next = tables[(index + step + tables.length) % tables.length]!;
  return { x: next.rect.left + 8, y: next.rect.top + 8 };
};

export function GroupBoard({ grouping, round, people, readOnly }: Props) {
  const t = useT();
  const dispatch = useDispatch();
  const groups = grouping.rounds[round]!.groups;
  const [activeId, setActiveId] = useState<string | null>(null);
  const isKeyboard = useRef(false);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: tableKeyboardCoordinates }),
  );
  const tableOf = useMemo(() => {
    const map = new Map<string, Group>();
    groups.forEach((group) => group.memberIds.forEach((id) => map.set(id, group)));
    return map;
  }, [groups]);
  const tableById = useMemo(() => new Map(groups.map((g) => [g.id, g])), [groups]);
  const name = (id: string) => (people.has(id) ? fullName(people.get(id)!) : id);

  // From the keyboard only tables are targets; with a pointer, a person under it is a swap.
  const collisionDetection: CollisionDetection = (args) => {
    const tables = args.droppableContainers.filter((c) => isGroupKey(c.id));
    if (isKeyboard.current) return rectIntersection({ ...args, droppableContainers: tables });
    const within = pointerWithin(args);
    const person = within.find((c) => !isGroupKey(c.id));
    if (person) return [person];
    return within.length > 0 ? within : rectIntersection({ ...args, droppableContainers: tables });
  };

  const describeOver = (activeKey: string | number, overKey: string | number | undefined) => {
    if (overKey === undefined) return undefined;
    const person = idOf(activeKey);
    if (isGroupKey(overKey))
      return t('groups.dnd.overTable', {
        name: name(person),
        table: tableById.get(idOf(overKey))?.name ?? '',
      });
    if (idOf(overKey) === person) return undefined;
    return t('groups.dnd.overPerson', { name: name(person), other: name(idOf(overKey)) });
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('groups.dnd.start', { name: name(idOf(active.id)) }),
    onDragOver: ({ active, over }) => describeOver(active.id, over?.id),
    onDragEnd: ({ active, over }) => {
      const person = idOf(active.id);
      if (!over || idOf(over.id) === person) return t('groups.dnd.stayed', { name: name(person) });
      if (isGroupKey(over.id))
        return t('groups.dnd.moved', {
          name: name(person),
          table: tableById.get(idOf(over.id))?.name ?? '',
        });
      return t('groups.dnd.swapped', { name: name(person), other: name(idOf(over.id)) });
    },
    onDragCancel: ({ active }) =>
      t('groups.dnd.cancelled', {
        name: name(idOf(active.id)),
        table: tableOf.get(idOf(active.id))?.name ?? '',
      }),
  };

  const onDragStart = (event: DragStartEvent) => {
    isKeyboard.current = event.activatorEvent instanceof KeyboardEvent;
    setActiveId(idOf(event.active.id));
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    if (!over) return;
    const person = idOf(active.id);
    const from = tableOf.get(person);
    if (isGroupKey(over.id)) {
      const to = idOf(over.id);
      if (from && from.id !== to && !tableById.get(to)?.isLocked)
        dispatch({
          type: 'grouping.moveMember',
          id: grouping.id,
          round,
          personId: person,
          toGroupId: to,
        });
      return;
    }
    const other = idOf(over.id);
    const otherTable = tableOf.get(other);
    if (!from || !otherTable || otherTable === from || !isMovable(otherTable, other)) return;
    dispatch({
      type: 'grouping.swapMembers',
      id: grouping.id,
      round,
      personId: person,
      otherId: other,
    });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('groups.dnd.instructions') },
      }}
    >
      <div className="group-board">
        {groups.map((group, index) => (
          <GroupCard
            key={group.id}
            group={group}
            index={index}
            grouping={grouping}
            round={round}
            people={people}
            readOnly={readOnly}
          />
        ))}
      </div>
      <DragOverlay>
        {activeId && people.has(activeId) ? (
          <div className="person-chip person-chip--overlay">
            <span className="person-chip__name">{fullName(people.get(activeId)!)}</span>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

function isMovable(group: Group, personId: string): boolean {
  return !group.isLocked && group.hostId !== personId && !group.lockedMemberIds.includes(personId);
}

function GroupCard({
  group,
  index,
  grouping,
  round,
  people,
  readOnly,
}: {
  group: Group;
  index: number;
  grouping: Grouping;
  round: number;
  people: Map<string, Participant>;
  readOnly: boolean;
}) {
  const t = useT();
  const dispatch = useDispatch();
  const { setNodeRef, isOver } = useDroppable({
    id: groupKey(group.id),
    data: { groupId: group.id },
    disabled: group.isLocked,
  });
  const members = useMemo(() => {
    const known = group.memberIds.filter((id) => people.has(id)).map((id) => people.get(id)!);
    return known.sort(
      (a, b) => Number(b.id === group.hostId) - Number(a.id === group.hostId) || bySurname(a, b),
    );
  }, [group.memberIds, group.hostId, people]);
  const headingId = `group-${grouping.id}-${round}-${group.id}`;
  return (
    <section
      ref={setNodeRef}
      className={[
        'group-card',
        isOver ? 'group-card--over' : '',
        group.isLocked ? 'group-card--locked' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      style={{ borderTopColor: group.color || undefined }}
      aria-labelledby={headingId}
    >
      <header className="group-card__header">
        <span
          className="group-card__swatch"
          style={{ background: group.color || undefined }}
          aria-hidden="true"
        />
        <h3 id={headingId} className="visually-hidden">
          {t('groups.card.heading', { name: group.name, count: members.length })}
        </h3>
        <input
          className="group-card__name"
          value={group.name}
          maxLength={200}
          readOnly={readOnly}
          aria-label={t('groups.card.nameLabel', { number: index + 1 })}
          onChange={(e) =>
            dispatch({
              type: 'grouping.updateGroup',
              id: grouping.id,
              groupId: group.id,
              fields: { name: e.target.value },
            })
          }
        />
        <span className="group-card__count">
          {t('groups.card.count', { count: members.length })}
        </span>
        <select
          className="group-card__color"
          aria-label={t('groups.card.colorLabel', { name: group.name })}
          value={group.color}
          disabled={readOnly}
          onChange={(e) =>
            dispatch({
              type: 'grouping.updateGroup',
              id: grouping.id,
              groupId: group.id,
              fields: { color: e.target.value },
            })
          }
        >
          {tableColors.map((color, i) => (
            <option key={color} value={color}>
              {t(`groups.color.${i}` as 'groups.color.0')}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="group-card__lock"
          aria-pressed={group.isLocked}
          disabled={readOnly}
          title={t(group.isLocked ? 'groups.card.unlock' : 'groups.card.lock', {
            name: group.name,
          })}
          aria-label={t(group.isLocked ? 'groups.card.unlock' : 'groups.card.lock', {
            name: group.name,
          })}
          onClick={() =>
            dispatch({
              type: 'grouping.setLock',
              id: grouping.id,
              round,
              groupId: group.id,
              personId: null,
              isLocked: !group.isLocked,
            })
          }
        >
          <LockIcon isLocked={group.isLocked} />
        </button>
      </header>
      {members.length === 0 ? (
        <p className="group-card__empty">{t('groups.card.empty')}</p>
      ) : (
        <ul className="group-card__members">
          {members.map((person) => (
            <PersonChip
              key={person.id}
              person={person}
              group={group}
              grouping={grouping}
              round={round}
              readOnly={readOnly}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function PersonChip({
  person,
  group,
  grouping,
  round,
  readOnly,
}: {
  person: Participant;
  group: Group;
  grouping: Grouping;
  round: number;
  readOnly: boolean;
}) {
  const t = useT();
  const dispatch = useDispatch();
  const isHost = group.hostId === person.id;
  const isLocked = group.lockedMemberIds.includes(person.id);
  const canMove = !readOnly && isMovable(group, person.id);
  const key = personKey(person.id);
  const {
    setNodeRef: setHandle,
    listeners,
    attributes,
    isDragging,
  } = useDraggable({
    id: key,
    data: { groupId: group.id },
    disabled: !canMove,
    attributes: { roleDescription: t('groups.dnd.role') },
  });
  const { setNodeRef: setTarget, isOver } = useDroppable({
    id: key,
    data: { groupId: group.id },
    disabled: !canMove,
  });
  const name = fullName(person);
  const details = affiliation(person);
  return (
    <li
      ref={setTarget}
      className={[
        'person-chip',
        isDragging ? 'person-chip--dragging' : '',
        isOver && !isDragging ? 'person-chip--over' : '',
        isHost ? 'person-chip--host' : '',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <button
        ref={setHandle}
        type="button"
        className="person-chip__handle"
        {...listeners}
        {...attributes}
        aria-disabled={!canMove}
        aria-label={t('groups.chip.label', {
          name,
          details: details || t('groups.chip.noDetails'),
          table: group.name,
        })}
      >
        <span className="person-chip__name">{name}</span>
        {details && <span className="person-chip__details">{details}</span>}
      </button>
      {isHost ? (
        <span className="person-chip__badge">{t('groups.chip.host')}</span>
      ) : (
        <button
          type="button"
          className="person-chip__lock"
          aria-pressed={isLocked}
          disabled={readOnly || group.isLocked}
          title={t(isLocked ? 'groups.chip.unlock' : 'groups.chip.lock', {
            name,
            table: group.name,
          })}
          aria-label={t(isLocked ? 'groups.chip.unlock' : 'groups.chip.lock', {
            name,
            table: group.name,
          })}
          onClick={() =>
            dispatch({
              type: 'grouping.setLock',
              id: grouping.id,
              round,
              groupId: group.id,
              personId: person.id,
              isLocked: !isLocked,
            })
          }
        >
          <LockIcon isLocked={isLocked} />
        </button>
      )}
    </li>
  );
}
