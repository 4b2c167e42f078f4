// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDatasetStore } from '../dataset/datasetStore';
import { makeSummary } from '../dataset/testing/summaries';
import { useViewStore } from '../state/viewStore';
import { FacetChips } from './FacetChips';
import { SearchBar } from './SearchBar';

beforeEach(() => {
  useViewStore.setState({ query: '' });
  useDatasetStore.setState({ summary: makeSummary() });
});
afterEach(cleanup);

function type(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value, selectionStart: value.length } });
}

describe('SearchBar', () => {
  it('suggests keys, then the facet values with counts, and runs a picked value', () => {
    render(<SearchBar queryError={null} />);
    const input = screen.getByTestId('search-input') as HTMLInputElement;
    type(input, 'sp');
    expect(screen.getByTestId('search-suggestions').textContent).toContain('split:');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(input.value).toBe('split:');
    expect(useViewStore.getState().query).toBe('');

    type(input, 'split:');
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['split:train800', 'split:dev200']);
    fireEvent.mouseDown(screen.getAllByRole('option')[1]!);
    expect(useViewStore.getState().query).toBe('split:dev');
  });

  it('Escape closes suggestions, then restores the running query', () => {
    useViewStore.setState({ query: 'iter:1' });
    render(<SearchBar queryError={null} />);
    const input = screen.getByTestId('search-input') as HTMLInputElement;
    type(input, 'iter:1 pa');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByTestId('search-suggestions')).toBeNull();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('iter:1');
  });

  it('opens a help popover describing the syntax', () => {
    render(<SearchBar queryError={null} />);
    fireEvent.click(screen.getByTestId('search-help'));
    const help = screen.getByRole('dialog', { name: 'Search syntax help' });
    expect(help.textContent).toContain('passed:false');
    expect(help.textContent).toContain('"off by one"');
  });

  it('/ focuses the search field unless the user is typing elsewhere', () => {
    render(
      <>
        <textarea data-testid="note" />
        <SearchBar queryError={null} />
      </>,
    );
    const note = screen.getByTestId('note');
    note.focus();
    fireEvent.keyDown(note, { key: '/' });
    expect(document.activeElement).toBe(note);
    note.blur();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByTestId('search-input'));
  });

  it('clears the query', () => {
    useViewStore.setState({ query: 'iter:1' });
    render(<SearchBar queryError={null} />);
    fireEvent.click(screen.getByTestId('search-clear'));
    expect(useViewStore.getState().query).toBe('');
  });
});

describe('FacetChips', () => {
  const choose = (key: string, value: string) => {
    fireEvent.click(screen.getByTestId(`facet-${key}`));
    fireEvent.click(screen.getByTestId(`facet-${key}-${value}`));
  };

  it('adds, replaces and removes filters in the query text, shown in the search field', () => {
    useViewStore.setState({ query: '"off by one"' });
    render(
      <>
        <SearchBar queryError={null} />
        <FacetChips />
      </>,
    );
    choose('split', 'dev');
    expect(useViewStore.getState().query).toBe('"off by one" split:dev');
    expect((screen.getByTestId('search-input') as HTMLInputElement).value).toBe('"off by one" split:dev');
    expect(screen.getByTestId('facet-split').textContent).toBe('Split: dev ▾');
    choose('split', 'train');
    choose('passed', 'false');
    expect(useViewStore.getState().query).toBe('"off by one" split:train passed:false');
    choose('split', 'train'); // the active value again clears it
    expect(useViewStore.getState().query).toBe('"off by one" passed:false');
    expect(screen.getByTestId('facet-passed').textContent).toBe('Outcome: failed ▾');
  });

  it('lists values with counts and hides facets with a single value', () => {
    render(<FacetChips />);
    expect(screen.queryByTestId('facet-model')).toBeNull();
    fireEvent.click(screen.getByTestId('facet-iter'));
    expect(screen.getByTestId('facet-iter-1').textContent).toBe('iter 1500');
  });
});
