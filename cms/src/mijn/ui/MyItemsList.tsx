import React from 'react'

import type { MyItem } from '../overview/myItems'

const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' })

/** The resident's own items, newest first, each with its state in words and a link to its page. */
export const MyItemsList = ({ items }: { items: MyItem[] }) =>
  items.length === 0 ? (
    <p className="empty">Je hebt nog niets ingestuurd. Kies hierboven wat je wilt doen.</p>
  ) : (
    <ul className="items">
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}`} className="item">
          <p className="item__kind">
            {item.kindLabel} · <time dateTime={item.changedAt}>{DATE.format(new Date(item.changedAt))}</time>
          </p>
          <h3 className="item__title">
            <a href={item.href}>{item.title}</a>
          </h3>
          <p className="item__state" data-state={item.state}>
            {item.stateText}
          </p>
        </li>
      ))}
    </ul>
  )
