import { useCombobox } from 'downshift'
import { Fragment, useMemo, useState } from 'react'
import { isEstimate } from '../../core/pricing/model-traits.ts'
import type { PricedModel } from '../../core/pricing/pricing-schema.ts'

const compactTokens = (n: number) => new Intl.NumberFormat('en-US', { notation: 'compact' }).format(n)

interface ModelPickerProps {
  /** Models not yet compared. */
  choices: readonly PricedModel[]
  onAdd: (id: string) => void
}

/**
 * "Add a model": an accessible combobox (Downshift's, after the WAI-ARIA pattern). Typing
 * filters by id, name or provider; arrows browse without adding; Enter or a click adds; Escape
 * closes. Models are listed by provider.
 */
export function ModelPicker({ choices, onAdd }: ModelPickerProps) {
  const [query, setQuery] = useState('')
  const items = useMemo(() => {
    const q = query.trim().toLowerCase()
    const matching = choices.filter(
      (m) => q === '' || m.id.includes(q) || m.name.toLowerCase().includes(q) || m.provider.includes(q),
    )
    // Grouped by provider in the order providers first appear, so headings come once each.
    const providers = [...new Set(matching.map((m) => m.provider))]
    return providers.flatMap((p) => matching.filter((m) => m.provider === p))
  }, [choices, query])
  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps, getToggleButtonProps } =
    useCombobox<PricedModel>({
      items,
      inputValue: query,
      selectedItem: null,
      defaultHighlightedIndex: 0,
      itemToString: (m) => m?.id ?? '',
      onInputValueChange: ({ inputValue, type }) => {
        // Choosing a model clears the box for the next one.
        if (type !== useCombobox.stateChangeTypes.ItemClick && type !== useCombobox.stateChangeTypes.InputKeyDownEnter)
          setQuery(inputValue ?? '')
      },
      onSelectedItemChange: ({ selectedItem }) => {
        if (!selectedItem) return
        onAdd(selectedItem.id)
        setQuery('')
      },
    })

  return (
    <div className="relative flex min-w-0 flex-1 flex-col gap-1 text-sm">
      <label className="font-medium" {...getLabelProps()}>
        Add a model
      </label>
      <div className="flex min-w-0 max-w-md">
        <input
          className="min-w-0 flex-1 rounded-l border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          placeholder={choices.length === 0 ? 'No other models' : 'Type a name, id or provider…'}
          {...getInputProps()}
        />
        <button
          type="button"
          aria-label="Show the models"
          className="rounded-r border border-l-0 border-slate-300 px-2 dark:border-slate-600"
          {...getToggleButtonProps()}
        >
          ▾
        </button>
      </div>
      <ul
        {...getMenuProps()}
        className={`absolute top-full z-20 mt-1 max-h-72 w-full max-w-md overflow-auto rounded border border-slate-300 bg-white shadow dark:border-slate-600 dark:bg-slate-900 ${isOpen ? '' : 'hidden'}`}
      >
        {isOpen && items.length === 0 && (
          <li className="px-2 py-1 text-slate-600 dark:text-slate-400">No model matches.</li>
        )}
        {isOpen &&
          items.map((model, index) => (
            <Fragment key={model.id}>
              {(index === 0 || items[index - 1]!.provider !== model.provider) && (
                <li
                  role="presentation"
                  className="bg-slate-100 px-2 py-0.5 text-xs font-semibold uppercase text-slate-700 dark:bg-slate-800 dark:text-slate-300"
                >
                  {model.provider}
                </li>
              )}
              <li
                className={`cursor-pointer px-2 py-1 ${highlightedIndex === index ? 'bg-teal-100 dark:bg-teal-900' : ''}`}
                {...getItemProps({ item: model, index })}
              >
                {model.name} <span className="text-slate-600 dark:text-slate-300">({model.id})</span> ·{' '}
                {compactTokens(model.context_window)} context
                {isEstimate(model) ? ' · ≈ estimate' : ''}
                {model.deprecated ? ` · retired ${model.deprecated}` : ''}
              </li>
            </Fragment>
          ))}
      </ul>
    </div>
  )
}
